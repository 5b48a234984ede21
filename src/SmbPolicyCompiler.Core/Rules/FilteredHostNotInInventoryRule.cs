using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// With an inventory loaded, a host a ring manages by host name that the inventory does not have. Its GPO reaches it
/// through a security filter naming its computer account, which is then probably missing from AD: the import script
/// stops before linking anything (e.g. a vendor NAS that drift checks on the wire).
/// </summary>
public sealed class FilteredHostNotInInventoryRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.FilteredHostNotInInventory;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Model.Inventory is null
            ? []
            : context.Resolved.Hosts
                .Where(h => h is { Ring: not null, Inventory: null, Settings.Count: > 0 } && h.Membership.Kind == MembershipKind.HostName)
                .Select(h => PolicyDiagnostics.FilteredHostNotInInventory(h.Membership.Location, h.Name, h.Group, h.Ring!));
}
