using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The three scanning modes: between events, inside an event, and resynchronising after broken XML.</summary>
internal sealed partial class FastXmlEventReader
{
    /// <summary>Between events; true with an event taken whole by its <see cref="EventShapes">shape</see>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanTopLevel([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        while (true)
        {
            var lt = Rest.IndexOf('<');
            if (lt < 0)
            {
                _pos = _end;
                if (!ReadMore())
                {
                    _mode = Mode.Done;
                    return false;
                }

                continue;
            }

            _pos += lt;
            if (TryKnownShape(out record))
            {
                if (record is not null)
                {
                    return true;
                }

                continue;
            }

            switch (TopLevelMarkup())
            {
                case Step.Ok when _mode == Mode.TopLevel:
                    continue;
                case Step.Ok:
                    return false;
                case Step.NeedMore when ReadMore():
                    continue;
                case Step.NeedMore when _tooLong:
                    Broken(TooLongMessage(), inEvent: false);
                    return false;
                case Step.NeedMore or Step.EndOfInput:
                    _context.Problem(ReadProblemKind.TruncatedFile, LineAt(_pos), "the file ends inside markup (truncated export?).");
                    _mode = Mode.Done;
                    return false;
                default:
                    Broken(_error, inEvent: false);
                    return false;
            }
        }
    }

    private Step TopLevelMarkup()
    {
        var rest = Rest;
        if (rest.Length < 2)
        {
            return Step.NeedMore;
        }

        switch (rest[1])
        {
            case '!':
                return Declaration(capture: false);
            case '?':
                return SkipPast("?>", 2, capture: false) ? Step.Ok : Step.EndOfInput;
            case '/':
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return Step.NeedMore;
                }

                _pos += close + 1;
                return Step.Ok;
        }

        var step = ParseStartTag(inEvent: false, out var tag);
        if (step != Step.Ok)
        {
            return step;
        }

        if (tag.IsEvent)
        {
            _eventStart = _pos;
            _assembler.BeginEvent(LineAt(_pos));
            _names.Set(1, rest.Slice(1, tag.NameLength));
            _mode = Mode.InEvent;
        }

        _pos += tag.Length;
        if (tag.IsEvent && tag.SelfClosing)
        {
            _assembler.End(out _);
            _mode = Mode.TopLevel;
        }

        return Step.Ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanEvent([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        while (true)
        {
            var rest = Rest;
            var capture = _assembler.CapturesText;
            var stop = !rest.IsEmpty && rest[0] == '<' ? 0 : capture ? rest.IndexOfAny('<', '&') : rest.IndexOf('<');
            if (stop < 0)
            {
                Consume(rest.Length, capture);
                if (!ReadMore())
                {
                    Truncated();
                    return false;
                }

                continue;
            }

            if (stop > 0)
            {
                Consume(stop, capture);
            }

            var ended = false;
            var step = _buffer[_pos] == '&' ? Entity(capture) : EventMarkup(out record, out ended);
            switch (step)
            {
                case Step.Ok when ended:
                    LearnShape();
                    _mode = Mode.TopLevel;
                    return record is not null;
                case Step.Ok:
                    continue;
                case Step.NeedMore when ReadMore():
                    continue;
                case Step.NeedMore when _tooLong:
                    Broken(TooLongMessage(), inEvent: true);
                    return false;
                case Step.NeedMore or Step.EndOfInput:
                    Truncated();
                    return false;
                default:
                    Broken(_error, inEvent: true);
                    return false;
            }
        }
    }

    private void Resync()
    {
        while (true)
        {
            var lt = Rest.IndexOf('<');
            if (lt < 0)
            {
                _pos = _end;
                if (!ReadMore())
                {
                    _mode = Mode.Done;
                    return;
                }

                continue;
            }

            _pos += lt;
            var rest = Rest;
            var nameLength = NameLength(rest[1..]);
            if (nameLength < 0 && rest.Length < 256 && !_eof)
            {
                if (!ReadMore())
                {
                    _mode = Mode.Done;
                    return;
                }

                continue;
            }

            if (nameLength > 0 && IsEventName(rest.Slice(1, nameLength)))
            {
                _mode = Mode.TopLevel;
                return;
            }

            _pos++;
        }
    }

    private void Truncated()
    {
        _context.ProblemAt(ReadProblemKind.TruncatedFile, _assembler.EventLine,
            $"the file ends inside the event that starts here (truncated export?); the {new PartCompleted(_assembler.EventsCompleted)} complete events before it were kept.");
        _assembler.Abandon();
        _mode = Mode.Done;
    }

    private void Broken(string message, bool inEvent)
    {
        var line = LineAt(Math.Min(_pos, _end));
        if (_dtdFound)
        {
            _context.Problem(ReadProblemKind.MalformedRecord, line, "a DOCTYPE (DTD) is not allowed in an event export; the rest of the file was not read.");
            _assembler.Abandon();
            _mode = Mode.Done;
            return;
        }

        if (inEvent)
        {
            _context.ProblemAt(ReadProblemKind.MalformedRecord, _assembler.EventLine,
                $"the event that starts here is not well-formed XML ({message}, line {new PartLine(line)}); it was skipped.");
            _assembler.Abandon();
        }
        else
        {
            _context.Problem(ReadProblemKind.MalformedRecord, line, $"not well-formed XML between events ({message}); skipped to the next <Event>.");
        }

        if (_tooLong)
        {
            _tooLong = false;
            _pos = _end;
        }
        else
        {
            _pos++;
        }

        _mode = Mode.Resync;
    }

    private string TooLongMessage() => $"a tag is longer than {_maxBuffer} characters";

    private static bool IsEventName(ReadOnlySpan<char> qualifiedName) =>
        qualifiedName[(qualifiedName.LastIndexOf(':') + 1)..] is "Event";
}
