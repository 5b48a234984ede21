using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Syntax;

internal sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "a list";
}
