using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Streams event objects out of JSON: one top-level array (ConvertTo-Json), a single object, or one object per
/// line (NDJSON). Only one event object is held at a time (bounded by MaxRecordSize), so a 500 MB array is read
/// in constant memory. A broken line of NDJSON is skipped; a broken array stops the file (it cannot be resynchronised).
/// </summary>
internal sealed class JsonEventReader : IEventRecordReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowMultipleValues = true,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Where the reader stands after an event object mapped in place: inside the array, or at the top level.</summary>
    private static readonly JsonReaderState AfterElementInArray = StateAfter("[{}"u8);
    private static readonly JsonReaderState AfterTopLevelElement = StateAfter("{}"u8);

    private readonly Stream _input;
    private readonly ReadContext _context;
    private readonly JsonEventMapper _mapper;
    private readonly int _maxBuffer;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _done;
    private bool _inArray;
    private bool _tooLong;
    private JsonReaderState _state = new(Options);
    private long _line = 1;
    private int _lineScanned;
    private long _record;

    public JsonEventReader(Stream input, ReadContext context)
    {
        _input = input;
        _context = context;
        _mapper = new JsonEventMapper(context);
        _maxBuffer = Math.Max(context.Options.MaxRecordSize, _buffer.Length);
    }

    private enum Step
    {
        Mapped,
        Element,
        NeedMore,
        End,
    }

    private enum LineStep
    {
        Mapped,
        NeedMore,
        End,
    }

    /// <summary>One object per line (Winlogbeat NDJSON): each line is a record of its own, mapped straight from the buffer.</summary>
    public bool ObjectPerLine { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        while (!_done)
        {
            if (ObjectPerLine)
            {
                switch (TryLine(out record))
                {
                    case LineStep.Mapped when record is not null:
                        return true;
                    case LineStep.End:
                        _done = true;
                        return false;
                    case LineStep.NeedMore:
                        ReadMore();
                        break;
                }

                continue;
            }

            Step step;
            int start = 0, length = 0;
            try
            {
                step = Next(out start, out length, out record);
            }
            catch (JsonException error)
            {
                Broken(Plain(error.Message));
                continue;
            }

            if (step == Step.Mapped)
            {
                if (record is not null)
                {
                    return true;
                }
            }
            else if (step == Step.Element)
            {
                _record++;
                var location = new EventLocation(_context.File, LineAt(start), _record);
                try
                {
                    record = _mapper.Map(_buffer.AsSpan(start, length), location);
                }
                catch (InvalidOperationException)
                {
                    _context.ProblemAt(ReadProblemKind.MalformedRecord, location.Line, $"record {new PartRecord(_record)} skipped: it holds text that is not valid UTF-8.");
                    record = null;
                }

                if (record is not null)
                {
                    return true;
                }
            }
            else if (step == Step.End || !ReadMore())
            {
                EndOfInput(step);
            }
        }

        return false;
    }

    public long RecordsBegun => _record;

    public void Dispose() => _input.Dispose();

    /// <summary>
    /// NDJSON: maps the next line straight from the buffer (tokenised once). Each line is one record and stands alone: a
    /// line that is not one whole event object is reported and skipped, and never takes the next lines with it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LineStep TryLine(out AuditEvent? record)
    {
        record = null;
        var rest = _buffer.AsSpan(_start, _end - _start);
        var first = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return _eof ? LineStep.End : LineStep.NeedMore;
        }

        var length = rest[first..].IndexOf((byte)'\n');
        if (length < 0 && !_eof)
        {
            if (_end - _start < _maxBuffer)
            {
                return LineStep.NeedMore;
            }

            _tooLong = false;
            _record++;
            _context.ProblemAt(ReadProblemKind.MalformedRecord, LineAt(_start + first), $"record {new PartRecord(_record)} skipped: the line is larger than {_maxBuffer} bytes.");
            SkipLine();
            return LineStep.Mapped;
        }

        var last = length < 0;
        length = last ? rest.Length - first : length;
        var lineStart = _start + first;
        _record++;
        var location = new EventLocation(_context.File, LineAt(lineStart), _record);
        _start = Math.Min(lineStart + length + 1, _end);
        if (_buffer[lineStart] != (byte)'{')
        {
            _context.ProblemAt(ReadProblemKind.MalformedRecord, location.Line, $"record {new PartRecord(_record)} skipped: the line is not a JSON object.");
            return LineStep.Mapped;
        }

        _context.HoldProblems();
        try
        {
            record = _mapper.Map(_buffer.AsSpan(lineStart, length), location);
            _context.ReleaseHeldProblems();
        }
        catch (JsonException error)
        {
            _context.DiscardHeldProblems();
            if (last)
            {
                _context.ProblemAt(ReadProblemKind.TruncatedFile, location.Line,
                    $"the file ends inside the JSON value that starts here, or it is invalid ({Plain(error.Message)}); the {new PartRecord(_record - 1)} complete records before it were kept.");
            }
            else
            {
                _context.ProblemAt(ReadProblemKind.MalformedRecord, location.Line, $"record {new PartRecord(_record)} skipped: the line is not valid JSON ({Plain(error.Message)}).");
            }
        }
        catch (InvalidOperationException)
        {
            _context.DiscardHeldProblems();
            _context.ProblemAt(ReadProblemKind.MalformedRecord, location.Line, $"record {new PartRecord(_record)} skipped: it holds text that is not valid UTF-8.");
        }

        return LineStep.Mapped;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step Next(out int start, out int length, out AuditEvent? mapped)
    {
        start = length = 0;
        mapped = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        while (true)
        {
            var before = reader.CurrentState;
            var consumedBefore = reader.BytesConsumed;
            if (!reader.Read())
            {
                Commit(reader.BytesConsumed, reader.CurrentState);
                return _eof ? Step.End : Step.NeedMore;
            }

            var elementDepth = _inArray ? 1 : 0;
            if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.EndArray)
            {
                _inArray = reader.TokenType == JsonTokenType.StartArray;
                continue;
            }

            if (reader.CurrentDepth != elementDepth)
            {
                continue;
            }

            var tokenStart = (int)reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject && TryMapInPlace(_start + tokenStart, elementDepth, out var consumed, out mapped))
            {
                Commit(tokenStart + consumed, _inArray ? AfterElementInArray : AfterTopLevelElement);
                return Step.Mapped;
            }

            if (!reader.TrySkip())
            {
                Commit(consumedBefore, before);
                return Step.NeedMore;
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                _record++;
                _context.ProblemAt(ReadProblemKind.MalformedRecord, LineAt(_start + tokenStart), $"record {new PartRecord(_record)} skipped: a JSON {reader.TokenType} is not an event object.");
                continue;
            }

            start = _start + tokenStart;
            length = (int)reader.BytesConsumed - tokenStart;
            Commit(reader.BytesConsumed, reader.CurrentState);
            return Step.Element;
        }
    }

    /// <summary>
    /// Maps the event object at <paramref name="start"/> straight from the buffer, tokenising it once. False when it
    /// does not end inside the buffer or does not map (not JSON, not UTF-8, too deep): nothing is reported then, and the
    /// caller finds the object's end and reads more, or reports it, as it always has.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMapInPlace(int start, int elementDepth, out int consumed, out AuditEvent? mapped)
    {
        // The line is counted but not committed: on failure the caller may move the buffer before reaching it.
        var line = _line + _buffer.AsSpan(_lineScanned, start - _lineScanned).Count((byte)'\n');
        var location = new EventLocation(_context.File, line, _record + 1);
        _context.HoldProblems();
        try
        {
            mapped = _mapper.MapFirst(_buffer.AsSpan(start, _end - start), location, Options.MaxDepth - elementDepth, out consumed);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            _context.DiscardHeldProblems();
            consumed = 0;
            mapped = null;
            return false;
        }

        _context.ReleaseHeldProblems();
        _line = line;
        _lineScanned = start;
        _record++;
        return true;
    }

    private static JsonReaderState StateAfter(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(Options));
        while (reader.Read())
        {
        }

        return reader.CurrentState;
    }

    private void Commit(long consumed, JsonReaderState state)
    {
        _start += (int)consumed;
        _state = state;
    }

    /// <summary>More bytes after the unconsumed ones; true also once when the end is first met, for the final pass.</summary>
    private bool ReadMore()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            LineAt(_start);
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _lineScanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxBuffer)
            {
                _tooLong = true;
                return false;
            }

            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxBuffer));
        }

        var read = _input.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
        return true;
    }

    private void EndOfInput(Step step)
    {
        if (_tooLong)
        {
            _tooLong = false;
            Broken($"an event object is larger than {_maxBuffer} bytes");
            return;
        }

        if (step != Step.End && !_buffer.AsSpan(_start, _end - _start).Trim(" \t\r\n"u8).IsEmpty)
        {
            _context.ProblemAt(ReadProblemKind.TruncatedFile, LineAt(_start),
                $"the file ends inside the JSON value that starts here (truncated export?); the {new PartRecord(_record)} complete records before it were kept.");
        }

        _done = true;
    }

    /// <summary>NDJSON: report the line and go on with the next one. An array: report and stop.</summary>
    private void Broken(string message)
    {
        while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
        {
            _start++;
        }

        // Whether this is the last line must not depend on where the buffer happened to end.
        while (!_eof && _end - _start < _maxBuffer && _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n') < 0 && ReadMore())
        {
        }

        var line = LineAt(_start);
        _record++;
        var lastLine = _eof && _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n') < 0;
        if (_eof && (_inArray || lastLine))
        {
            _context.ProblemAt(ReadProblemKind.TruncatedFile, line,
                $"the file ends inside the JSON value that starts here, or it is invalid ({message}); the {new PartRecord(_record - 1)} complete records before it were kept.");
            _done = true;
        }
        else if (_inArray)
        {
            _context.ProblemAt(ReadProblemKind.MalformedRecord, line,
                $"not valid JSON from here ({message}); the rest of the array cannot be read, the {new PartRecord(_record - 1)} records before it were kept.");
            _done = true;
        }
        else
        {
            _context.ProblemAt(ReadProblemKind.MalformedRecord, line, $"record {new PartRecord(_record)} skipped: the line is not valid JSON ({message}).");
            SkipLine();
        }
    }

    private void SkipLine()
    {
        _state = new JsonReaderState(Options);
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            LineAt(_end);
            _start = _end;
            if (_eof || !ReadMore())
            {
                _done = true;
                return;
            }
        }
    }

    /// <summary>System.Text.Json's message without its own position (the line is reported beside it).</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|', '.');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long LineAt(int index)
    {
        _line += _buffer.AsSpan(_lineScanned, index - _lineScanned).Count((byte)'\n');
        _lineScanned = index;
        return _line;
    }
}
