namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// An RFC 4180 record reader over a TextReader: quoted fields with doubled quotes and line breaks inside, CR LF or
/// LF line ends, any one-character delimiter. Tracks physical lines for messages; field values are bounded.
/// </summary>
internal sealed class CsvRecordReader(TextReader input, int maxFieldChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly char[] _field = new char[maxFieldChars];
    private int _pos;
    private int _end;
    private bool _eof;
    private int _fieldLength;

    public char Delimiter { get; set; } = ',';

    /// <summary>The physical line the reader is on (1-based).</summary>
    public long Line { get; private set; } = 1;

    public bool FieldTruncated { get; private set; }

    public bool UnterminatedQuote { get; private set; }

    /// <summary>One physical line, without its line end; null at the end of input. For the #TYPE line and the header.</summary>
    public string? ReadLine()
    {
        _fieldLength = 0;
        var any = false;
        while (TryPeek(out var c))
        {
            any = true;
            _pos++;
            if (c == '\n')
            {
                Line++;
                break;
            }

            if (c != '\r')
            {
                Append(c);
            }
        }

        return any ? new string(_field, 0, _fieldLength) : null;
    }

    /// <summary>The next record's fields; false at the end of input.</summary>
    public bool TryReadRecord(List<string> fields, StringPool pool)
    {
        fields.Clear();
        FieldTruncated = false;
        UnterminatedQuote = false;
        _fieldLength = 0;
        if (!TryPeek(out _))
        {
            return false;
        }

        var inQuotes = false;
        var quoted = false;
        while (TryPeek(out var c))
        {
            _pos++;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (TryPeek(out var next) && next == '"')
                    {
                        _pos++;
                        Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    Line += c == '\n' ? 1 : 0;
                    Append(c);
                }
            }
            else if (c == Delimiter)
            {
                EndField(fields, pool);
                quoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && TryPeek(out var lf) && lf == '\n')
                {
                    _pos++;
                }

                Line++;
                EndField(fields, pool);
                return true;
            }
            else if (c == '"' && _fieldLength == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else
            {
                Append(c);
            }
        }

        UnterminatedQuote = inQuotes;
        EndField(fields, pool);
        return true;
    }

    private void EndField(List<string> fields, StringPool pool)
    {
        fields.Add(pool.Get(_field.AsSpan(0, _fieldLength)));
        _fieldLength = 0;
    }

    private void Append(char c)
    {
        if (_fieldLength < _field.Length)
        {
            _field[_fieldLength++] = c;
        }
        else
        {
            FieldTruncated = true;
        }
    }

    private bool TryPeek(out char c)
    {
        if (_pos == _end)
        {
            if (_eof)
            {
                c = default;
                return false;
            }

            _pos = 0;
            _end = input.Read(_buffer, 0, _buffer.Length);
            if (_end == 0)
            {
                _eof = true;
                c = default;
                return false;
            }
        }

        c = _buffer[_pos];
        return true;
    }
}
