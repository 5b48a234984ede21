using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>Builds node trees from parser events without recursion, so nesting depth cannot overflow the stack.</summary>
internal sealed class TreeBuilder(string path, DiagnosticBag diagnostics)
{
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);

    public List<YNode> Documents { get; } = [];

    /// <summary>Takes one event; false when the document cannot be built (a diagnostic was added).</summary>
    public bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                _anchors.Clear();
                return true;
            case MappingStart m:
                return Push(new Frame(At(m.Start), isMapping: true, Anchor(m.Anchor)));
            case SequenceStart s:
                return Push(new Frame(At(s.Start), isMapping: false, Anchor(s.Anchor)));
            case MappingEnd or SequenceEnd:
                var frame = _open.Pop();
                var node = frame.Build();
                Remember(frame.Anchor, node);
                return Add(node);
            case Scalar scalar:
                var value = new YScalar(At(scalar.Start), scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                Remember(Anchor(scalar.Anchor), value);
                return Add(value);
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    diagnostics.Add(PolicyDiagnostics.YamlSyntax(At(alias.Start), $"alias '*{alias.Value.Value}' refers to no anchor defined before it"));
                    return false;
                }

                return Add(target);
            default:
                return true;
        }
    }

    private bool Push(Frame frame)
    {
        if (_open.Count >= YamlLoader.MaxDepth)
        {
            diagnostics.Add(PolicyDiagnostics.NestingTooDeep(frame.Location, YamlLoader.MaxDepth));
            return false;
        }

        _open.Push(frame);
        return true;
    }

    private bool Add(YNode node)
    {
        if (_open.Count == 0)
        {
            Documents.Add(node);
            return true;
        }

        var parent = _open.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YScalar key)
            {
                diagnostics.Add(PolicyDiagnostics.YamlSyntax(node.Location, "mapping keys must be plain names, not lists or mappings"));
                return false;
            }

            if (parent.Keys.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(PolicyDiagnostics.DuplicateKey(key.Location, key.Value, first));
            }
            else
            {
                parent.Keys.Add(key.Value, key.Location);
            }

            parent.PendingKey = key;
            return true;
        }

        parent.Entries.Add(new YEntry(parent.PendingKey, node));
        parent.PendingKey = null;
        return true;
    }

    private void Remember(string? anchor, YNode node)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }
    }

    private static string? Anchor(AnchorName name) => name.IsEmpty ? null : name.Value;

    private SourceLocation At(Mark mark) => YamlLoader.At(path, mark);

    private sealed class Frame(SourceLocation location, bool isMapping, string? anchor)
    {
        public SourceLocation Location { get; } = location;

        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        public List<YNode> Items { get; } = [];

        public List<YEntry> Entries { get; } = [];

        public Dictionary<string, SourceLocation> Keys { get; } = new(StringComparer.Ordinal);

        public YScalar? PendingKey { get; set; }

        public YNode Build() => IsMapping ? new YMapping(Location, Entries) : new YSequence(Location, Items);
    }
}
