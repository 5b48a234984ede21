using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A group with its ring and the hosts it resolves to (host keys, sorted).</summary>
public sealed record ResolvedGroup(GroupDefinition Definition, string? Ring, IReadOnlyList<string> HostKeys)
{
    public string Name => Definition.Name.Value;
}
