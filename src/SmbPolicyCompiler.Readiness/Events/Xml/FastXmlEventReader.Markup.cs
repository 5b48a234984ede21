using System.Runtime.CompilerServices;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Markup inside an event: end tags, nested start tags, comments, CDATA, entity references (NeedMore when cut off).</summary>
internal sealed partial class FastXmlEventReader
{
    private bool _dtdFound;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step EventMarkup(out AuditEvent? record, out bool ended)
    {
        record = null;
        ended = false;
        var rest = Rest;
        if (rest.Length < 2)
        {
            return Step.NeedMore;
        }

        switch (rest[1])
        {
            case '/':
                return EndTag(out record, out ended);
            case '!':
                return Declaration(_assembler.CapturesText);
            case '?':
                return SkipPast("?>", 2, capture: false) ? Step.Ok : Step.EndOfInput;
        }

        var step = ParseStartTag(inEvent: true, out var tag);
        if (step != Step.Ok)
        {
            return step;
        }

        var name = rest.Slice(1, tag.NameLength);
        if (tag.IsEvent)
        {
            var line = LineAt(_pos);
            _context.ProblemAt(ReadProblemKind.MalformedRecord, _assembler.EventLine,
                $"the event that starts here has no end tag before the next <Event> at line {new PartLine(line)}; it was skipped.");
            _assembler.BeginEvent(line);
            _names.Set(1, name);
            _eventStart = -1;
        }
        else
        {
            var attribute = _attribute.AsSpan(0, Math.Max(_attributeLength, 0));
            if (!_assembler.Start(tag.Role, name[tag.LocalStart..], attribute, _attributeLength >= 0))
            {
                _error = $"elements are nested more than {EventXmlAssembler.MaxDepth} deep";
                return Step.Error;
            }

            _names.Set(_assembler.Depth, name);
        }

        _pos += tag.Length;
        if (tag.SelfClosing)
        {
            ended = _assembler.End(out record);
        }

        return Step.Ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step EndTag(out AuditEvent? record, out bool ended)
    {
        record = null;
        ended = false;
        var rest = Rest;
        var open = _names.Get(_assembler.Depth);
        if (rest.Length > open.Length + 2 && rest[open.Length + 2] == '>' && rest[2..].StartsWith(open))
        {
            // The usual case, </name> closing <name>: no scan for the end of the name.
            _pos += open.Length + 3;
            ended = _assembler.End(out record);
            return Step.Ok;
        }

        var nameLength = NameLength(rest[2..]);
        if (nameLength < 0)
        {
            return Step.NeedMore;
        }

        var name = rest.Slice(2, nameLength);
        var i = 2 + nameLength;
        while (i < rest.Length && IsWhiteSpace(rest[i]))
        {
            i++;
        }

        if (i >= rest.Length)
        {
            return Step.NeedMore;
        }

        if (rest[i] != '>' || !name.SequenceEqual(open))
        {
            _error = rest[i] != '>' ? $"unexpected '{rest[i]}' in the end tag </{name}>" : $"</{name}> does not close <{open}>";
            return Step.Error;
        }

        _pos += i + 1;
        ended = _assembler.End(out record);
        return Step.Ok;
    }

    private Step Declaration(bool capture)
    {
        var rest = Rest;
        if (rest.Length < 9 && !_eof)
        {
            return Step.NeedMore;
        }

        if (rest.StartsWith("<!--"))
        {
            return SkipPast("-->", 4, capture: false) ? Step.Ok : Step.EndOfInput;
        }

        if (rest.StartsWith("<![CDATA["))
        {
            return SkipPast("]]>", 9, capture) ? Step.Ok : Step.EndOfInput;
        }

        _dtdFound = rest.StartsWith("<!DOCTYPE");
        _error = "'<!' starts neither a comment nor CDATA";
        return Step.Error;
    }

    private Step Entity(bool capture)
    {
        var rest = Rest;
        var semicolon = rest[..Math.Min(rest.Length, 40)].IndexOf(';');
        if (semicolon < 0)
        {
            if (rest.Length < 40 && !_eof)
            {
                return Step.NeedMore;
            }

            _error = "'&' is not followed by an entity reference";
            return Step.Error;
        }

        if (!XmlEntities.TryDecode(rest.Slice(1, semicolon - 1), out var codePoint))
        {
            _error = $"unknown entity {rest[..(semicolon + 1)]}";
            return Step.Error;
        }

        if (capture)
        {
            Span<char> chars = stackalloc char[2];
            _assembler.Text(chars[..new Rune(codePoint).EncodeToUtf16(chars)]);
        }

        _pos += semicolon + 1;
        return Step.Ok;
    }
}
