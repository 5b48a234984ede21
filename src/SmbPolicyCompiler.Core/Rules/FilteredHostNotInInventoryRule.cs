using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// With an inventory loaded, a host a ring manages by host name that the inventory does not have. Its GPO reaches it
/// through a security filter naming its computer account, which is then probably missing from AD: the import script
/// stops before linking anything (e.g. a vendor NAS that drift checks on the wire).
/// </summary>
internal sealed class FilteredHostNotInInventoryRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.FilteredHostNotInInventory;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Model.Inventory is null)
        {
            return [];
        }

        // Groups of other platforms (samba, intune) get no GPO, so no security filter names their hosts.
        var gpoGroups = context.Model.Groups.Where(g => g.Platform.UsesGroupPolicy()).Select(g => g.Name.Value).ToHashSet(StringComparer.Ordinal);
        return context.Resolved.Hosts
            .Where(h => h is { Ring: not null, Inventory: null, Settings.Count: > 0 } && h.Membership.Kind == MembershipKind.HostName && gpoGroups.Contains(h.Group))
            .Select(h => PolicyDiagnostics.FilteredHostNotInInventory(h.Membership.Location, h.Name, h.Group, h.Ring!));
    }
}
