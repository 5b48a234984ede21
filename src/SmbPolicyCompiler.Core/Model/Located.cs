using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>A value and the place in a policy file it came from.</summary>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}
