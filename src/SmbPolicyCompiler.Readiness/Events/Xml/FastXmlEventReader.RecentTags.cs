namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The start tags of consecutive events repeat character for character (the whole System block, Data Name='...', the
/// xmlns of EventData), so each place in an event remembers the last start tag parsed there and what parsing gave: a
/// tag equal to it is taken by one comparison. Parsing a start tag reads nothing past its '&gt;' and depends otherwise
/// only on the parent's role, so equal text under a parent of the same role parses the same.
/// </summary>
internal sealed partial class FastXmlEventReader
{
    private const int RememberedPlaces = 32;
    private const int RememberedLength = 256;

    private readonly RememberedTag?[] _remembered = new RememberedTag?[RememberedPlaces];
    private int _tagOrdinal;

    private Step ParseStartTag(bool inEvent, out Tag tag)
    {
        var place = inEvent ? ++_tagOrdinal : _tagOrdinal = 0;
        if (place >= RememberedPlaces)
        {
            return ParseStartTagText(inEvent, out tag);
        }

        var parent = inEvent ? _assembler.Role : XmlRole.Ignore;
        var remembered = _remembered[place];
        if (remembered is not null && remembered.Matches(Rest, inEvent, parent))
        {
            tag = remembered.Tag;
            _attributeLength = remembered.AttributeLength;
            remembered.Attribute.CopyTo(_attribute);
            return Step.Ok;
        }

        var step = ParseStartTagText(inEvent, out tag);
        if (step == Step.Ok && tag.Length <= RememberedLength)
        {
            (_remembered[place] ??= new RememberedTag()).Set(Rest[..tag.Length], inEvent, parent, tag, _attribute, _attributeLength);
        }

        return step;
    }

    private sealed class RememberedTag
    {
        private readonly char[] _text = new char[RememberedLength];
        private readonly char[] _attribute = new char[RememberedLength];
        private int _textLength;
        private bool _inEvent;
        private XmlRole _parent;

        public Tag Tag { get; private set; }

        /// <summary>The decoded value of the wanted attribute; -1 when the tag did not have it.</summary>
        public int AttributeLength { get; private set; }

        public ReadOnlySpan<char> Attribute => _attribute.AsSpan(0, Math.Max(AttributeLength, 0));

        public bool Matches(ReadOnlySpan<char> rest, bool inEvent, XmlRole parent) =>
            _inEvent == inEvent && _parent == parent && rest.StartsWith(_text.AsSpan(0, _textLength));

        /// <summary>Remembers a tag of at most <see cref="RememberedLength"/> characters, so its attribute value fits too.</summary>
        public void Set(ReadOnlySpan<char> text, bool inEvent, XmlRole parent, Tag tag, ReadOnlySpan<char> attributes, int attributeLength)
        {
            text.CopyTo(_text);
            _textLength = text.Length;
            _inEvent = inEvent;
            _parent = parent;
            Tag = tag;
            AttributeLength = attributeLength;
            attributes[..Math.Max(attributeLength, 0)].CopyTo(_attribute);
        }
    }
}
