using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A streaming scanner specialised for wevtutil output: a sequence of &lt;Event&gt; elements, with or without a
/// root element. It checks the XML that matters for correctness (tag nesting inside events, quoting, entities,
/// CDATA, comments, processing instructions; no DTD) and decodes only what the assembler keeps. Unlike XmlReader it
/// recovers after a broken event by resuming at the next &lt;Event&gt;. Memory: one buffer that holds the longest
/// tag (bounded by MaxRecordSize) plus one field value (bounded by MaxFieldChars).
/// </summary>
internal sealed partial class FastXmlEventReader : IEventRecordReader
{
    private static readonly SearchValues<char> NameEnds = SearchValues.Create(" \t\r\n/>=<\"'");

    private readonly TextReader _input;
    private readonly ReadContext _context;
    private readonly EventXmlAssembler _assembler;
    private readonly int _maxBuffer;
    private readonly OpenElementNames _names = new(EventXmlAssembler.MaxDepth + 2);
    private readonly char[] _attribute;
    private char[] _buffer = new char[64 * 1024];
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _tooLong;
    private long _line = 1;
    private int _lineScanned;
    private Mode _mode;
    private string _error = string.Empty;
    private int _attributeLength;

    /// <param name="input">The text.</param>
    /// <param name="context">Options, string pool and problems of the part.</param>
    /// <param name="learnShapes">False to read every event tag by tag (tests compare both ways).</param>
    public FastXmlEventReader(TextReader input, ReadContext context, bool learnShapes = true)
    {
        _learningBudget = learnShapes ? FirstLearningBudget : 0;
        _input = input;
        _context = context;
        _assembler = new EventXmlAssembler(context);
        _maxBuffer = Math.Max(context.Options.MaxRecordSize, _buffer.Length);
        _attribute = new char[context.Options.MaxFieldChars];
    }

    private enum Mode
    {
        TopLevel,
        InEvent,
        Resync,
        Done,
    }

    private enum Step
    {
        Ok,
        NeedMore,
        Error,
        EndOfInput,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        while (true)
        {
            switch (_mode)
            {
                case Mode.Done:
                    return false;
                case Mode.TopLevel:
                    if (ScanTopLevel(out record))
                    {
                        return true;
                    }

                    break;
                case Mode.Resync:
                    Resync();
                    break;
                default:
                    if (ScanEvent(out record))
                    {
                        return true;
                    }

                    break;
            }
        }
    }

    public long RecordsBegun => _assembler.RecordsBegun;

    public long EventsCompleted => _assembler.EventsCompleted;

    public void Dispose() => _input.Dispose();

    private ReadOnlySpan<char> Rest => _buffer.AsSpan(_pos, _end - _pos);

    /// <summary>Makes more input available; false at the end of the input or when a token outgrows the buffer limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadMore()
    {
        if (_eof)
        {
            return false;
        }

        if (_end == _buffer.Length)
        {
            if (_pos > 0)
            {
                LineAt(_pos);
                Array.Copy(_buffer, _pos, _buffer, 0, _end - _pos);
                _eventStart = -1;
                _end -= _pos;
                _lineScanned -= _pos;
                _pos = 0;
            }
            else if (_buffer.Length < _maxBuffer)
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxBuffer));
            }
            else
            {
                _tooLong = true;
                return false;
            }
        }

        var read = _input.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>The length of the name at the start of <paramref name="text"/>; -1 when the text ends inside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NameLength(ReadOnlySpan<char> text) => text.IndexOfAny(NameEnds);

    private long LineAt(int index)
    {
        _line += _buffer.AsSpan(_lineScanned, index - _lineScanned).Count('\n');
        _lineScanned = index;
        return _line;
    }

    /// <summary>Skips to just after <paramref name="terminator"/>, streaming; the skipped text goes to the assembler when captured.</summary>
    private bool SkipPast(string terminator, int openerLength, bool capture)
    {
        _pos += openerLength;
        while (true)
        {
            var rest = Rest;
            var found = rest.IndexOf(terminator, StringComparison.Ordinal);
            if (found >= 0)
            {
                Consume(found, capture);
                _pos += terminator.Length;
                return true;
            }

            Consume(rest.Length - Math.Min(rest.Length, terminator.Length - 1), capture);
            if (!ReadMore())
            {
                return false;
            }
        }
    }

    private void Consume(int count, bool capture)
    {
        if (capture)
        {
            AppendText(count);
        }
        else
        {
            _pos += count;
        }
    }

    /// <summary>
    /// Gives <paramref name="count"/> characters of text to the assembler with XML line-end normalisation
    /// (CR LF and lone CR become LF). A CR at the very end of the buffer is held back until the next character is known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendText(int count)
    {
        var segment = _buffer.AsSpan(_pos, count);
        if (!segment.Contains('\r'))
        {
            _assembler.Text(segment);
            _pos += count;
            return;
        }

        var start = 0;
        for (var i = 0; i < count; i++)
        {
            if (segment[i] != '\r')
            {
                continue;
            }

            _assembler.Text(segment[start..i]);
            var next = _pos + i + 1;
            if (next >= _end && !_eof)
            {
                _pos += i;
                return;
            }

            if (next >= _end || _buffer[next] != '\n')
            {
                _assembler.Text("\n");
            }

            start = i + 1;
        }

        _assembler.Text(segment[start..]);
        _pos += count;
    }
}
