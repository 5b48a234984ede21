using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Tags, end tags, declarations and entity references, parsed from the buffer (NeedMore when cut off).</summary>
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
            _context.Problem(ReadProblemKind.MalformedRecord, _assembler.EventLine,
                $"the event that starts here has no end tag before the next <Event> at line {line}; it was skipped.");
            _assembler.BeginEvent(line);
            _names.Set(1, name);
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

        var open = _names.Get(_assembler.Depth);
        if (rest[i] != '>' || !name.SequenceEqual(open))
        {
            _error = rest[i] != '>' ? $"unexpected '{rest[i]}' in the end tag </{name}>" : $"</{name}> does not close <{open}>";
            return Step.Error;
        }

        _pos += i + 1;
        ended = _assembler.End(out record);
        return Step.Ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step ParseStartTag(bool inEvent, out Tag tag)
    {
        tag = default;
        var rest = Rest;
        var nameLength = NameLength(rest[1..]);
        if (nameLength < 0)
        {
            return Step.NeedMore;
        }

        if (nameLength == 0 || !IsNameStart(rest[1]))
        {
            _error = $"'<' is followed by '{rest[1]}', not an element name";
            return Step.Error;
        }

        var name = rest.Slice(1, nameLength);
        var localStart = name.LastIndexOf(':') + 1;
        var isEvent = name[localStart..] is "Event";
        var role = isEvent ? XmlRole.Event : inEvent ? _assembler.RoleFor(name[localStart..]) : XmlRole.Ignore;
        var wanted = EventXmlAssembler.WantedAttribute(role);
        _attributeLength = -1;
        var i = 1 + nameLength;
        while (true)
        {
            var spaceStart = i;
            while (i < rest.Length && IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i >= rest.Length)
            {
                return Step.NeedMore;
            }

            if (rest[i] == '>' || rest[i] == '/')
            {
                var selfClosing = rest[i] == '/';
                if (selfClosing && i + 1 >= rest.Length)
                {
                    return Step.NeedMore;
                }

                if (selfClosing && rest[i + 1] != '>')
                {
                    _error = $"'/' not followed by '>' in <{name}>";
                    return Step.Error;
                }

                tag = new Tag(i + (selfClosing ? 2 : 1), nameLength, localStart, selfClosing, role, isEvent);
                return Step.Ok;
            }

            var step = ParseAttribute(rest, name, ref i, spaceStart, wanted);
            if (step != Step.Ok)
            {
                return step;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step ParseAttribute(ReadOnlySpan<char> rest, ReadOnlySpan<char> element, ref int i, int spaceStart, string? wanted)
    {
        var nameLength = NameLength(rest[i..]);
        if (nameLength < 0)
        {
            return Step.NeedMore;
        }

        if (nameLength == 0 || i == spaceStart)
        {
            _error = nameLength == 0 ? $"unexpected '{rest[i]}' in <{element}>" : $"attributes of <{element}> are not separated by white space";
            return Step.Error;
        }

        var name = rest.Slice(i, nameLength);
        i += nameLength;
        SkipWhiteSpace(rest, ref i);
        if (i < rest.Length && rest[i] == '=')
        {
            i++;
            SkipWhiteSpace(rest, ref i);
        }
        else if (i < rest.Length)
        {
            _error = $"attribute {name} of <{element}> has no value";
            return Step.Error;
        }

        if (i >= rest.Length)
        {
            return Step.NeedMore;
        }

        var quote = rest[i];
        if (quote is not ('"' or '\''))
        {
            _error = $"the value of attribute {name} of <{element}> is not in quotes";
            return Step.Error;
        }

        var valueLength = rest[(i + 1)..].IndexOf(quote);
        if (valueLength < 0)
        {
            return Step.NeedMore;
        }

        var value = rest.Slice(i + 1, valueLength);
        if (value.Contains('<'))
        {
            _error = $"'<' inside the value of attribute {name}";
            return Step.Error;
        }

        if (wanted is not null && name.SequenceEqual(wanted) && !DecodeAttribute(value))
        {
            return Step.Error;
        }

        i += valueLength + 2;
        return Step.Ok;
    }

    /// <summary>Decodes entities and applies attribute-value normalisation (CR LF, CR, LF, TAB become a space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DecodeAttribute(ReadOnlySpan<char> value)
    {
        var length = 0;
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '&')
            {
                var semicolon = value[i..].IndexOf(';');
                if (semicolon < 0 || !TryDecodeEntity(value.Slice(i + 1, semicolon - 1), out var codePoint))
                {
                    _error = semicolon < 0 ? "'&' in an attribute value is not an entity reference" : $"unknown entity {value.Slice(i, semicolon + 1)}";
                    return false;
                }

                var count = new Rune(codePoint).EncodeToUtf16(decoded);
                for (var k = 0; k < count && length < _attribute.Length; k++)
                {
                    _attribute[length++] = decoded[k];
                }

                i += semicolon;
                continue;
            }

            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue;
            }

            if (length < _attribute.Length)
            {
                _attribute[length++] = c is '\r' or '\n' or '\t' ? ' ' : c;
            }
        }

        _attributeLength = length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        if (!TryDecodeEntity(rest.Slice(1, semicolon - 1), out var codePoint))
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryDecodeEntity(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = name switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => -1,
        };
        if (codePoint < 0 && name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x';
            var digits = hex ? name[2..] : name[1..];
            var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            if (digits.IsEmpty || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out codePoint))
            {
                codePoint = -1;
            }
        }

        return codePoint is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SkipWhiteSpace(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or ':' || c > '\u007F';

    private readonly record struct Tag(int Length, int NameLength, int LocalStart, bool SelfClosing, XmlRole Role, bool IsEvent);
}
