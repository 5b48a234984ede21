using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>A YAML node that remembers where it was written. Aliases share the anchored node.</summary>
internal abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract string KindName { get; }
}
