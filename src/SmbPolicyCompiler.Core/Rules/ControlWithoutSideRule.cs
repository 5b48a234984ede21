using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A ring manages a control that applies to no group in it (client signing in a ring of servers only).</summary>
internal sealed class ControlWithoutSideRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.NoGroupOfSide;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var ring in context.Resolved.Rings)
        {
            var roles = ring.Groups.Select(context.Resolved.Group).OfType<ResolvedGroup>().Select(g => g.Definition.Role).ToList();
            if (roles.Count == 0)
            {
                continue;
            }

            foreach (var control in ring.Controls.Where(c => c.IsManaged && c.Timeline is not null))
            {
                if (!roles.Any(role => control.Control.Sides.Any(side => role.Has(side))))
                {
                    var side = string.Join(" or ", control.Control.Sides.Select(s => s.ToString().ToLowerInvariant()));
                    yield return PolicyDiagnostics.NoGroupOfSide(control.DecidedBy.Location, ring.Name, control.Control.Key, side);
                }
            }
        }
    }
}
