using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>
/// Stage changes between two bound policies: every ring × control whose stage changes, with the hosts that make the
/// same move; and host-level moves the ring's change does not describe (a host new to the ring, an exception added
/// or removed, a group moved to another ring), grouped by ring, control and stages.
/// </summary>
internal static class StageDiff
{
    public static IReadOnlyList<StageChange> Compute(ResolvedPolicy before, ResolvedPolicy after)
    {
        var changes = new SortedDictionary<(int Order, string Ring, string Control, string From, string To), SortedSet<string>>();
        foreach (var ring in after.Rings)
        {
            foreach (var control in ring.Controls)
            {
                var from = before.Ring(ring.Name)?.Control(control.Control.Key).Stage ?? control.Control.Initial;
                if (from.Name != control.Stage.Name)
                {
                    changes[(ring.Order, ring.Name, control.Control.Key, from.Name, control.Stage.Name)] = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                }
            }
        }

        foreach (var host in after.Hosts.Where(h => h.Ring is not null))
        {
            var ring = after.Ring(host.Ring!)!;
            var old = before.Host(host.Name);
            foreach (var control in host.Controls)
            {
                var from = old?.Control(control.Control.Key)?.Stage ?? control.Control.Initial;
                if (from.Name == control.Stage.Name)
                {
                    continue;
                }

                // A host joins its ring's change only when it makes the same move; a host new to the ring (or released
                // from an exception) that goes from 'off' straight to enforce is its own change, so the risk shows.
                var key = (ring.Order, ring.Name, control.Control.Key, from.Name, control.Stage.Name);
                if (!changes.TryGetValue(key, out var hosts))
                {
                    changes[key] = hosts = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                hosts.Add(host.Name);
            }
        }

        return changes.Select(c => Describe(after, c.Key.Ring, c.Key.Control, c.Key.From, c.Key.To, c.Value)).ToList();
    }

    private static StageChange Describe(ResolvedPolicy after, string ringName, string controlKey, string from, string to, SortedSet<string> hosts)
    {
        var control = ControlCatalogue.Get(controlKey);
        var ring = after.Ring(ringName)!;
        var groups = hosts.Count > 0
            ? hosts.Select(h => after.Host(h)!.Group).Distinct(StringComparer.OrdinalIgnoreCase)
            : ring.Groups.Where(g => control.Sides.Any(side => after.Group(g)!.Definition.Role.Sides().Contains(side)));
        var groupList = groups.Order(StringComparer.OrdinalIgnoreCase).ToList();
        var ous = groupList.SelectMany(g => after.Group(g)!.Definition.Members.OrganizationalUnits.Select(o => o.Value))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var fromStage = control.Stage(from);
        var toStage = control.Stage(to);
        var platforms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groupList.Select(after.Group).OfType<ResolvedGroup>().Where(g => !g.Definition.Platform.UsesGroupPolicy()))
        {
            platforms[group.Name] = group.Definition.Platform.Text();
        }

        return new StageChange(ringName, controlKey, from, to,
            toStage.Order > fromStage.Order ? ChangeDirection.Promote : ChangeDirection.Demote,
            toStage.Kind == StageKind.Enforce && fromStage.Kind != StageKind.Enforce,
            hosts.ToList(), groupList, ous) { GroupPlatforms = platforms };
    }
}
