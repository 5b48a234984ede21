using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Syntax;

internal sealed record YEntry(YScalar Key, YNode Value);

internal sealed class YMapping(SourceLocation location, IReadOnlyList<YEntry> entries) : YNode(location)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public override string KindName => "a mapping";

    public YEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    public YNode? this[string key] => Find(key)?.Value;
}
