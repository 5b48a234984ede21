namespace SmbPolicyCompiler.Emit.Intune;

/// <summary>
/// One Settings Catalog policy file of a ring and how it is assigned: with no filter, the ring's policy excluding the
/// devices exceptions hold back (<c>exclude</c>), or an exception's policy for its devices only (<c>include</c>).
/// </summary>
internal sealed record IntunePolicyFile(string File, string Name, IntuneAssignmentFilter? Filter, bool IsException)
{
    public string FilterType => Filter is null ? "none" : IsException ? "include" : "exclude";
}
