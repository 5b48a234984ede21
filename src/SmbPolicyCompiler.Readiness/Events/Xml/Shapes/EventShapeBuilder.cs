using System.Buffers;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Cuts the text of one event that the full scanner has just read without error into an <see cref="EventShapes">event
/// shape</see>. Only plain events are cut: no entity, CR, comment, CDATA or processing instruction anywhere, every element
/// whose text is kept without child elements, at most one wanted attribute per tag; anything else gives null, and events
/// of that shape keep being read by the full scanner.
/// </summary>
internal static class EventShapeBuilder
{
    private static readonly SearchValues<char> NameEnds = SearchValues.Create(" \t\r\n/>=<\"'");
    private static readonly SearchValues<char> NotPlain = SearchValues.Create("&\r");

    public static ShapeDraft? TryBuild(ReadOnlySpan<char> text, int maxFieldChars)
    {
        if (text.ContainsAny(NotPlain) || text.Contains("<!", StringComparison.Ordinal) || text.Contains("<?", StringComparison.Ordinal))
        {
            return null;
        }

        var cut = new Cutter(text);
        Span<XmlRole> roles = stackalloc XmlRole[EventXmlAssembler.MaxDepth + 2];
        Span<int> openElements = stackalloc int[EventXmlAssembler.MaxDepth + 2];
        var elements = new List<ShapeElement>();
        var depth = 0;
        var i = 0;
        while (i < text.Length && cut.Holes <= EventShapes.MaxHoles)
        {
            if (text[i] != '<')
            {
                var textLength = text[i..].IndexOf('<');
                if (depth == 0 || textLength < 0)
                {
                    return null;
                }

                var kept = XmlRoles.CapturesText(roles[depth]);
                if (kept)
                {
                    var element = openElements[depth];
                    if (element < 0 || elements[element].TextHole >= 0)
                    {
                        return null;
                    }

                    elements[element] = elements[element] with { TextHole = cut.Holes };
                }

                cut.Hole(i, kept ? ShapeHole.KeptText : ShapeHole.Text, '\0', i + textLength);
                i += textLength;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                return null;
            }

            if (text[i + 1] == '/')
            {
                var close = text[i..].IndexOf('>');
                if (close < 0)
                {
                    return null;
                }

                i += close + 1;
                if (--depth == 0)
                {
                    return i == text.Length ? new ShapeDraft(cut.End(i), [.. elements]) : null;
                }

                continue;
            }

            var nameLength = text[(i + 1)..].IndexOfAny(NameEnds);
            if (nameLength <= 0 || depth >= EventXmlAssembler.MaxDepth)
            {
                return null;
            }

            var name = text.Slice(i + 1, nameLength);
            var localName = name[(name.LastIndexOf(':') + 1)..];
            if ((depth == 0) != (localName is "Event") || (depth > 0 && XmlRoles.CapturesText(roles[depth])))
            {
                return null;
            }

            var role = depth == 0 ? XmlRole.Event : XmlRoles.ChildOf(roles[depth], localName);
            var wanted = depth == 0 ? null : XmlRoles.WantedAttribute(role);
            string? attribute = null;
            var attributeHole = -1;
            i += 1 + nameLength;
            bool selfClosing;
            while (true)
            {
                while (i < text.Length && text[i] is ' ' or '\t' or '\n')
                {
                    i++;
                }

                if (i + 1 >= text.Length)
                {
                    return null;
                }

                if (text[i] is '>' or '/')
                {
                    selfClosing = text[i] == '/';
                    i += selfClosing ? 2 : 1;
                    break;
                }

                var attributeNameLength = text[i..].IndexOfAny(NameEnds);
                if (attributeNameLength <= 0)
                {
                    return null;
                }

                var attributeName = text.Slice(i, attributeNameLength);
                i += attributeNameLength;
                var quoteAt = text[i..].IndexOfAny('\'', '"');
                if (quoteAt < 0)
                {
                    return null;
                }

                i += quoteAt;
                var quote = text[i];
                var valueLength = text[(i + 1)..].IndexOf(quote);
                if (valueLength < 0)
                {
                    return null;
                }

                var value = text.Slice(i + 1, valueLength);
                var isWanted = wanted is not null && attributeName.SequenceEqual(wanted);
                if (isWanted && (attribute is not null || attributeHole >= 0))
                {
                    return null;
                }

                if (isWanted && role != XmlRole.TimeCreated)
                {
                    if (value.ContainsAny('\n', '\t'))
                    {
                        return null;
                    }

                    attribute = value[..Math.Min(value.Length, maxFieldChars)].ToString();
                }
                else
                {
                    attributeHole = isWanted ? cut.Holes : attributeHole;
                    cut.Hole(i + 1, isWanted ? ShapeHole.WantedAttribute : ShapeHole.Attribute, quote, i + 1 + valueLength);
                }

                i += valueLength + 2;
            }

            var acted = depth > 0 && Acted(role) ? elements.Count : -1;
            if (acted >= 0)
            {
                elements.Add(new ShapeElement(role, localName.ToString(), attribute, attributeHole, -1));
            }

            if (selfClosing)
            {
                if (depth == 0)
                {
                    return null;
                }

                continue;
            }

            depth++;
            roles[depth] = role;
            openElements[depth] = acted;
        }

        return null;
    }

    /// <summary>The roles whose start or end <see cref="EventXmlAssembler"/> acts on.</summary>
    private static bool Acted(XmlRole role) => role is XmlRole.Provider or XmlRole.TimeCreated || XmlRoles.CapturesText(role);

    /// <summary>Collects the literal runs between holes.</summary>
    private ref struct Cutter(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly List<ShapeSegment> _segments = [];
        private int _literalStart;

        public readonly int Holes => _segments.Count;

        public void Hole(int start, ShapeHole hole, char quote, int end)
        {
            _segments.Add(new ShapeSegment(_text[_literalStart..start].ToString(), hole, quote));
            _literalStart = end;
        }

        public readonly List<ShapeSegment> End(int end)
        {
            _segments.Add(new ShapeSegment(_text[_literalStart..end].ToString(), ShapeHole.End, '\0'));
            return _segments;
        }
    }
}
