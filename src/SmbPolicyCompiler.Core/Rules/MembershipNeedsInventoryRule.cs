using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>Members chosen by OU, AD group or wildcard while the policy has no inventory to name them.</summary>
internal sealed class MembershipNeedsInventoryRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.NeedsInventory;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Resolved.Conflicts.Unresolved.Select(u => PolicyDiagnostics.NeedsInventory(u.Location, u.Group, u.What));
}
