using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The start tags of consecutive events repeat character for character (the whole System block, Data Name='...', the
/// xmlns of EventData), so each place in an event remembers the last start tags parsed there and what parsing gave: a
/// tag equal to one of them is taken by one comparison. Parsing a start tag reads nothing past its '&gt;' and depends
/// otherwise only on the parent's role, so equal text under a parent of the same role parses the same. Several tags
/// per place, because event kinds alternate and each has its own data tags. A tag that differs only in its attribute
/// values (TimeCreated's SystemTime, Execution's ThreadID) is taken too when those values are plain: an attribute
/// value is only checked for '&lt;' unless it is the wanted one, whose entities and white space are decoded.
/// </summary>
internal sealed partial class FastXmlEventReader
{
    private const int RememberedPlaces = 32;
    private const int RememberedWays = 8;
    private const int RememberedLength = 256;
    private const int RememberedValues = 8;
    private const int NoWantedValue = -1;
    private const int SeveralWantedValues = -2;

    private readonly RememberedTag?[] _remembered = new RememberedTag?[RememberedPlaces * RememberedWays];
    private readonly int[] _valueStarts = new int[RememberedValues];
    private readonly int[] _valueEnds = new int[RememberedValues];
    private int _valueCount;
    private int _wantedValue;
    private int _tagOrdinal;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step ParseStartTag(bool inEvent, out Tag tag)
    {
        var place = inEvent ? ++_tagOrdinal : _tagOrdinal = 0;
        if (place >= RememberedPlaces)
        {
            return ParseStartTagText(inEvent, out tag);
        }

        var parent = inEvent ? _assembler.Role : XmlRole.Ignore;
        var first = place * RememberedWays;
        var rest = Rest;
        for (var way = first; way < first + RememberedWays; way++)
        {
            var remembered = _remembered[way];
            if (remembered is null)
            {
                break;
            }

            if (remembered.TryTake(rest, inEvent, parent, _attribute, out tag, out _attributeLength))
            {
                MakeMostRecent(first, way);
                return Step.Ok;
            }
        }

        var step = ParseStartTagText(inEvent, out tag);
        if (step == Step.Ok && tag.Length <= RememberedLength)
        {
            var last = first + RememberedWays - 1;
            var reused = _remembered[last] ?? new RememberedTag();
            var valuesKnown = _valueCount <= RememberedValues && _wantedValue != SeveralWantedValues;
            reused.Set(rest[..tag.Length], inEvent, parent, tag, _attribute, _attributeLength,
                valuesKnown ? _valueStarts.AsSpan(0, _valueCount) : [], valuesKnown ? _valueEnds.AsSpan(0, _valueCount) : [], _wantedValue);
            _remembered[last] = reused;
            MakeMostRecent(first, last);
        }

        return step;
    }

    /// <summary>Records where an attribute value of the tag being parsed lies (from the '&lt;').</summary>
    private void NoteValue(int start, int length)
    {
        if (_valueCount < RememberedValues)
        {
            _valueStarts[_valueCount] = start;
            _valueEnds[_valueCount] = start + length;
        }

        _valueCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MakeMostRecent(int first, int way)
    {
        if (way == first)
        {
            return;
        }

        var taken = _remembered[way];
        Array.Copy(_remembered, first, _remembered, first + 1, way - first);
        _remembered[first] = taken;
    }

    private sealed class RememberedTag
    {
        private readonly char[] _text = new char[RememberedLength];
        private readonly char[] _attribute = new char[RememberedLength];
        private readonly int[] _valueStarts = new int[RememberedValues];
        private readonly int[] _valueEnds = new int[RememberedValues];
        private int _textLength;
        private int _valueCount;
        private int _wantedValue;
        private bool _inEvent;
        private XmlRole _parent;
        private Tag _tag;

        /// <summary>The decoded value of the wanted attribute; -1 when the tag did not have it.</summary>
        private int _attributeLength;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryTake(ReadOnlySpan<char> rest, bool inEvent, XmlRole parent, char[] attribute, out Tag tag, out int attributeLength)
        {
            tag = _tag;
            attributeLength = _attributeLength;
            if (_inEvent != inEvent || _parent != parent)
            {
                return false;
            }

            if (rest.StartsWith(_text.AsSpan(0, _textLength)))
            {
                _attribute.AsSpan(0, Math.Max(_attributeLength, 0)).CopyTo(attribute);
                return true;
            }

            return _valueCount > 0 && TryTakeWithOtherValues(rest, attribute, ref tag, ref attributeLength);
        }

        /// <summary>The same text between the attribute values, and plain values (no '&lt;'; the wanted one without entity or white space to normalise).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TryTakeWithOtherValues(ReadOnlySpan<char> rest, char[] attribute, ref Tag tag, ref int attributeLength)
        {
            var taken = 0;
            var remembered = 0;
            for (var k = 0; k < _valueCount; k++)
            {
                var between = _text.AsSpan(remembered, _valueStarts[k] - remembered);
                if (!rest[taken..].StartsWith(between))
                {
                    return false;
                }

                taken += between.Length;
                var quote = _text[_valueEnds[k]];
                var valueLength = rest[taken..].IndexOfAny(quote, '<');
                if (valueLength < 0 || rest[taken + valueLength] == '<')
                {
                    return false;
                }

                if (k == _wantedValue)
                {
                    var value = rest.Slice(taken, valueLength);
                    if (value.ContainsAny(AttributeSpecials))
                    {
                        return false;
                    }

                    attributeLength = Math.Min(value.Length, attribute.Length);
                    value[..attributeLength].CopyTo(attribute);
                }

                taken += valueLength;
                remembered = _valueEnds[k];
            }

            var end = _text.AsSpan(remembered, _textLength - remembered);
            if (!rest[taken..].StartsWith(end))
            {
                return false;
            }

            if (_wantedValue == NoWantedValue)
            {
                _attribute.AsSpan(0, Math.Max(_attributeLength, 0)).CopyTo(attribute);
            }

            tag = tag with { Length = taken + end.Length };
            return true;
        }

        /// <summary>
        /// Remembers a tag of at most <see cref="RememberedLength"/> characters, so its attribute value fits too, with
        /// where its attribute values lie (none when not all are known) and which of them is the wanted one.
        /// </summary>
        public void Set(ReadOnlySpan<char> text, bool inEvent, XmlRole parent, Tag tag, ReadOnlySpan<char> attributes, int attributeLength,
            ReadOnlySpan<int> valueStarts, ReadOnlySpan<int> valueEnds, int wantedValue)
        {
            text.CopyTo(_text);
            _textLength = text.Length;
            _inEvent = inEvent;
            _parent = parent;
            _tag = tag;
            _attributeLength = attributeLength;
            valueStarts.CopyTo(_valueStarts);
            valueEnds.CopyTo(_valueEnds);
            _valueCount = valueStarts.Length;
            _wantedValue = wantedValue;
            attributes[..Math.Max(attributeLength, 0)].CopyTo(_attribute);
        }
    }
}
