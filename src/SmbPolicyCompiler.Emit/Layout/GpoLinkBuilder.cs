using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// How a ring side's GPO reaches its groups. Members chosen by OU: the GPO is linked to those OUs and applies to every
/// computer there. Members chosen by AD group or host name: a "(filtered)" import of the same backup is linked at the
/// group's linkTo (default the domain root) and security-filtered to those groups and computer accounts. A GPO's
/// filter holds for all its links, hence two imports when a ring side has both kinds. Groups on another platform
/// (Samba, Intune) get no link and no filter entry; a side with only such groups gets no import at all.
/// </summary>
internal static class GpoLinkBuilder
{
    public static IReadOnlyList<GpoImport> Build(EmitContext context, ResolvedRing ring, Side side, GpoLayout gpo)
    {
        var sideGroups = context.GroupsOf(ring).Where(g => g.Definition.Role.Has(side)).ToList();
        var groups = sideGroups.Where(g => g.Definition.Platform.UsesGroupPolicy()).ToList();
        if (sideGroups.Count > 0 && groups.Count == 0)
        {
            return [];
        }

        var ous = Distinct(groups.SelectMany(g => g.Definition.Members.OrganizationalUnits.Select(ou => ou.Value)));
        var filteredGroups = groups.Select(g => (Group: g, Filter: FilterOf(context, g))).Where(x => !x.Filter.IsEmpty).ToList();
        var imports = new List<GpoImport>();
        if (ous.Count > 0 || filteredGroups.Count == 0)
        {
            imports.Add(new GpoImport(gpo.DisplayName, gpo, ous, null, false));
        }

        if (filteredGroups.Count > 0)
        {
            var links = Distinct(filteredGroups.Select(x => x.Group.Definition.LinkTo ?? context.Settings.DomainDn));
            var filter = new SecurityFilter(
                DistinctNames(filteredGroups.SelectMany(x => x.Filter.Groups)),
                DistinctNames(filteredGroups.SelectMany(x => x.Filter.Computers)));
            imports.Add(new GpoImport(GpoNames.Filtered(gpo.DisplayName), gpo, links, filter, false));
        }

        return imports;
    }

    private static SecurityFilter FilterOf(EmitContext context, ResolvedGroup group)
    {
        var computers = context.HostsOf(group.Name)
            .Where(h => h.Membership.Kind is MembershipKind.HostName or MembershipKind.Wildcard)
            .Select(h => h.Name);
        return new SecurityFilter(group.Definition.Members.AdGroups.Select(g => g.Value).ToList(), computers.ToList());
    }

    /// <summary>Distinguished names once each (compared the forgiving way), in ordinal order.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string> dns) =>
        dns.GroupBy(DistinguishedNames.Normalize, StringComparer.Ordinal).Select(g => g.First()).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> DistinctNames(IEnumerable<string> names) =>
        names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
