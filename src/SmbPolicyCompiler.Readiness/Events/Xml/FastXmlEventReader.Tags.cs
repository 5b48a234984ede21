using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Start tags and their attributes; only the attribute the assembler wants is decoded.</summary>
internal sealed partial class FastXmlEventReader
{
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\r\n\t");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step ParseStartTagText(bool inEvent, out Tag tag)
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
        var wanted = XmlRoles.WantedAttribute(role);
        _attributeLength = -1;
        _valueCount = 0;
        _wantedValue = NoWantedValue;
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

        var valueLength = rest[(i + 1)..].IndexOfAny(quote, '<');
        if (valueLength >= 0 && rest[i + 1 + valueLength] == '<')
        {
            if (rest[(i + 2 + valueLength)..].IndexOf(quote) < 0)
            {
                return Step.NeedMore;
            }

            _error = $"'<' inside the value of attribute {name}";
            return Step.Error;
        }

        if (valueLength < 0)
        {
            return Step.NeedMore;
        }

        var value = rest.Slice(i + 1, valueLength);

        if (wanted is not null && name.SequenceEqual(wanted))
        {
            if (!DecodeAttribute(value))
            {
                return Step.Error;
            }

            _wantedValue = _wantedValue == NoWantedValue ? _valueCount : SeveralWantedValues;
        }

        NoteValue(i + 1, valueLength);

        i += valueLength + 2;
        return Step.Ok;
    }

    /// <summary>Decodes entities and applies attribute-value normalisation (CR LF, CR, LF, TAB become a space).</summary>
    private bool DecodeAttribute(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAny(AttributeSpecials))
        {
            _attributeLength = Math.Min(value.Length, _attribute.Length);
            value[.._attributeLength].CopyTo(_attribute);
            return true;
        }

        var length = 0;
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '&')
            {
                var semicolon = value[i..].IndexOf(';');
                if (semicolon < 0 || !XmlEntities.TryDecode(value.Slice(i + 1, semicolon - 1), out var codePoint))
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
