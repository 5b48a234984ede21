using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A group is listed by more than one ring.</summary>
internal sealed class GroupInTwoRingsRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.GroupInTwoRings;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Resolved.Conflicts.RingClashes.Select(c => PolicyDiagnostics.GroupInTwoRings(c.Location, c.Group, c.Ring, c.FirstRing));
}
