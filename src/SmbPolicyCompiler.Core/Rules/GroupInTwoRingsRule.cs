using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A group is listed by more than one ring.</summary>
public sealed class GroupInTwoRingsRule : IPolicyRule
{
    public string Code => "SMB1003";

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Resolved.Conflicts.RingClashes.Select(c => PolicyDiagnostics.GroupInTwoRings(c.Location, c.Group, c.Ring, c.FirstRing));
}
