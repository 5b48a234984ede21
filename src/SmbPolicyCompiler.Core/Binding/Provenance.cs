using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Binding;

public enum ProvenanceKind
{
    Ring,
    Exception,
    Group,
    Policy,
}

/// <summary>What decided a value: a ring, an exception, a group or the policy defaults, and where it is written.</summary>
public sealed record Provenance(ProvenanceKind Kind, string Name, SourceLocation Location)
{
    public string KindText => Kind.ToString().ToLowerInvariant();

    public string Describe() => $"{KindText} '{Name}' ({Location})";
}
