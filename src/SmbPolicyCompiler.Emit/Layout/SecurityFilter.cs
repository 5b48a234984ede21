namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>Who a filtered GPO applies to: AD groups (name or DN, as the policy wrote them) and computer accounts (host names).</summary>
internal sealed record SecurityFilter(IReadOnlyList<string> Groups, IReadOnlyList<string> Computers)
{
    public bool IsEmpty => Groups.Count == 0 && Computers.Count == 0;
}
