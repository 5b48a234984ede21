using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>Groups added, removed or moved between rings; hosts added, removed or moved to another group.</summary>
internal static class MembershipDiff
{
    public static IReadOnlyList<MembershipChange> Compute(ResolvedPolicy before, ResolvedPolicy after)
    {
        var changes = new List<MembershipChange>();
        foreach (var group in after.Groups)
        {
            var old = before.Group(group.Name);
            if (old is null)
            {
                changes.Add(new MembershipChange(MembershipChangeKind.GroupAdded, group.Name, null, null, group.Ring, Platform: PlatformOf(group)));
            }
            else if (!string.Equals(old.Ring, group.Ring, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add(new MembershipChange(MembershipChangeKind.GroupMoved, group.Name, null, old.Ring, group.Ring, Platform: PlatformOf(group)));
            }
        }

        changes.AddRange(before.Groups.Where(g => after.Group(g.Name) is null)
            .Select(g => new MembershipChange(MembershipChangeKind.GroupRemoved, g.Name, null, g.Ring, null, Platform: PlatformOf(g))));
        changes.AddRange(after.Hosts.Where(h => before.Host(h.Name) is null)
            .Select(h => new MembershipChange(MembershipChangeKind.HostAdded, h.Name, h.Group, null, h.Ring)));
        changes.AddRange(before.Hosts.Where(h => after.Host(h.Name) is null)
            .Select(h => new MembershipChange(MembershipChangeKind.HostRemoved, h.Name, h.Group, h.Ring, null)));
        foreach (var host in after.Hosts)
        {
            if (before.Host(host.Name) is { } old && !string.Equals(old.Group, host.Group, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add(new MembershipChange(MembershipChangeKind.HostMoved, host.Name, host.Group, old.Ring, host.Ring, old.Group));
            }
        }

        return changes.OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? PlatformOf(ResolvedGroup group) =>
        group.Definition.Platform.UsesGroupPolicy() ? null : group.Definition.Platform.Text();
}
