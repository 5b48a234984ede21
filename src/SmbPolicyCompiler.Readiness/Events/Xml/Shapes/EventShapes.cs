using System.Buffers;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The shapes of the events read so far: an event's markup (every tag, attribute name, Data/@Name and Provider/@Name)
/// with holes where text and other attribute values go. Consecutive events of an export repeat a few shapes character
/// for character, so an event that matches a known shape is taken by comparing its literal runs and finding the end of
/// each hole, instead of being tokenised tag by tag. Shapes share their common beginnings (a tree of segments), so an
/// event is matched in one pass whatever the number of shapes. Matching is strict: markup that differs in any
/// character, a hole that holds an entity, a CR or a '&lt;', or an event cut off by the end of the buffer does not
/// match, and the full scanner reads it instead.
/// </summary>
internal sealed class EventShapes
{
    private static readonly SearchValues<char> KeptTextEnds = SearchValues.Create("<&\r");
    private static readonly SearchValues<char> WantedEndsSingle = SearchValues.Create("'<&\r\n\t");
    private static readonly SearchValues<char> WantedEndsDouble = SearchValues.Create("\"<&\r\n\t");

    /// <summary>Shapes a reader learns at most: a file of a few event kinds has a few shapes.</summary>
    public const int MaxShapes = 64;

    /// <summary>Holes a shape has at most.</summary>
    public const int MaxHoles = 128;

    private readonly Node _root = new(string.Empty, ShapeHole.Text, '\0');

    public int Count { get; private set; }

    /// <summary>
    /// Matches the event at the start of <paramref name="text"/>; on success <paramref name="length"/> is its length, the
    /// holes' offsets are in <paramref name="holeStarts"/> and <paramref name="holeEnds"/>, and <paramref name="elements"/>
    /// says what to do with them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryMatch(ReadOnlySpan<char> text, Span<int> holeStarts, Span<int> holeEnds, out int length, out ShapeElement[] elements)
    {
        var node = _root;
        var offset = 0;
        var holes = 0;
        while (true)
        {
            Node? taken = null;
            foreach (var child in node.Children)
            {
                if (!text[offset..].StartsWith(child.Literal))
                {
                    continue;
                }

                var at = offset + child.Literal.Length;
                if (child.Hole == ShapeHole.End)
                {
                    length = at;
                    elements = child.Elements!;
                    return true;
                }

                var holeLength = HoleLength(text[at..], child.Hole, child.Quote);
                if (holeLength < 0)
                {
                    continue;
                }

                holeStarts[holes] = at;
                holeEnds[holes] = at + holeLength;
                holes++;
                offset = at + holeLength;
                taken = child;
                break;
            }

            if (taken is null)
            {
                length = 0;
                elements = [];
                return false;
            }

            node = taken;
        }
    }

    /// <summary>Adds the shape of an event the full scanner has read; false when it was known already.</summary>
    public bool Add(ShapeDraft draft)
    {
        var node = _root;
        foreach (var segment in draft.Segments)
        {
            var next = Array.Find(node.Children, c => c.Hole == segment.Hole && c.Quote == segment.Quote && c.Literal == segment.Literal);
            if (next is null)
            {
                next = new Node(segment.Literal, segment.Hole, segment.Quote);
                node.Children = [.. node.Children, next];
            }

            node = next;
        }

        if (node.Elements is not null)
        {
            return false;
        }

        node.Elements = draft.Elements;
        Count++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HoleLength(ReadOnlySpan<char> text, ShapeHole hole, char quote)
    {
        int end;
        switch (hole)
        {
            case ShapeHole.Text:
                return text.IndexOf('<');
            case ShapeHole.KeptText:
                end = text.IndexOfAny(KeptTextEnds);
                return end >= 0 && text[end] == '<' ? end : -1;
            case ShapeHole.Attribute:
                end = text.IndexOfAny(quote, '<');
                break;
            default:
                end = text.IndexOfAny(quote == '\'' ? WantedEndsSingle : WantedEndsDouble);
                break;
        }

        return end >= 0 && text[end] == quote ? end : -1;
    }

    private sealed class Node(string literal, ShapeHole hole, char quote)
    {
        public string Literal { get; } = literal;

        public ShapeHole Hole { get; } = hole;

        public char Quote { get; } = quote;

        public Node[] Children { get; set; } = [];

        /// <summary>Set on the end of a shape: the elements to replay.</summary>
        public ShapeElement[]? Elements { get; set; }
    }
}
