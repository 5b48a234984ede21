using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// Rings are promoted in order, so a later ring should never be ahead of an earlier one. Only earlier rings that
/// have groups the control applies to count (a ring of servers says nothing about client signing).
/// </summary>
internal sealed class LaterRingStricterRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.LaterRingStricter;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var rings = context.Resolved.Rings;
        for (var i = 1; i < rings.Count; i++)
        {
            foreach (var control in rings[i].Controls.Where(c => c.Timeline is not null))
            {
                var behind = rings.Take(i).FirstOrDefault(r =>
                    HasSide(context.Resolved, r, control.Control) && r.Control(control.Control.Key).Stage.Order < control.Stage.Order);
                if (behind is not null)
                {
                    yield return PolicyDiagnostics.LaterRingStricter(control.DecidedBy.Location, rings[i].Name, control.Control.Key,
                        control.Stage.Name, behind.Name, behind.Control(control.Control.Key).Stage.Name);
                }
            }
        }
    }

    private static bool HasSide(ResolvedPolicy policy, ResolvedRing ring, ControlDefinition control) =>
        ring.Groups.Select(policy.Group).OfType<ResolvedGroup>().Any(g => control.Sides.Any(side => g.Definition.Role.Has(side)));
}
