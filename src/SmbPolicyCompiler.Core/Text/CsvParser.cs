using System.Text;

namespace SmbPolicyCompiler.Core.Text;

/// <summary>
/// A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) that
/// reports the line each record starts on. The delimiter is sniffed from the header: comma, semicolon or tab.
/// </summary>
public sealed class CsvParser(TextReader reader, char delimiter)
{
    private int line = 1;

    /// <summary>The line the last record returned by <see cref="Read"/> started on (1-based).</summary>
    public int RecordLine { get; private set; }

    public static char SniffDelimiter(string headerLine)
    {
        var candidates = new[] { ',', ';', '\t' };
        return candidates.OrderByDescending(c => headerLine.Count(ch => ch == c)).First();
    }

    /// <summary>The next record's fields, or null at the end. An unterminated quote ends at the end of input.</summary>
    public IReadOnlyList<string>? Read()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        RecordLine = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                fields.Add(Finish(field, wasQuoted));
                return fields;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(Finish(field, wasQuoted));
                wasQuoted = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                line++;
                fields.Add(Finish(field, wasQuoted));
                return fields;
            }
            else
            {
                field.Append(ch);
            }
        }
    }

    private static string Finish(StringBuilder field, bool wasQuoted)
    {
        var value = wasQuoted ? field.ToString() : field.ToString().Trim();
        field.Clear();
        return value;
    }
}
