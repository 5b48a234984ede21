using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>
/// Resolves member → group → ring → controls and applies exceptions, giving each host its effective settings with
/// provenance. Conflicts (a host in two groups, a group in two rings) are resolved first-wins and recorded for the rules.
/// </summary>
internal static class Binder
{
    public static ResolvedPolicy Bind(PolicyModel model, DateOnly asOf)
    {
        var groupDefinitions = FirstByName(model.Groups, g => g.Name.Value);
        var (groupRing, ringClashes, unknownGroups) = AssignRings(model, groupDefinitions);
        var rings = model.Rings.Select(r => ResolveRing(r, groupRing, groupDefinitions, model.Policy)).ToList();
        var ringByName = FirstByName(rings, r => r.Name);
        var membership = new MembershipResolver(model.Inventory);
        foreach (var group in model.Groups.Where(g => ReferenceEquals(groupDefinitions[g.Name.Value], g)))
        {
            membership.Add(group);
        }

        model.Inventory?.ReleaseIndex(); // every member is resolved: the rest of the binding and compile need only the computers

        var groups = groupDefinitions.Values
            .Select(g => new ResolvedGroup(g, groupRing.GetValueOrDefault(g.Name.Value), membership.HostsOf(g.Name.Value)))
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var exceptions = model.Exceptions.Select(e => ResolveException(e, asOf, membership)).ToList();
        var holds = HoldsByHost(exceptions);
        var heldHosts = holds.Keys.Select(k => k.Host).ToHashSet(StringComparer.Ordinal);
        var shared = new Dictionary<(string? Ring, GroupRole Role, string? Group), (List<EffectiveControl>, List<DesiredSetting>)>();
        var hosts = membership.Hosts
            .OrderBy(h => h.Key, StringComparer.Ordinal) // the member's key is the resolved host's: sorting here computes none
            .Select(h =>
            {
                var group = groupDefinitions[h.Group];
                var ring = groupRing.TryGetValue(group.Name.Value, out var ringName) ? ringByName[ringName] : null;
                if (heldHosts.Contains(h.Key))
                {
                    return ResolveHost(h, group, ring, Effective(h.Key, group, ring, holds, model.Policy));
                }

                // Without a hold, a host's controls depend only on its ring and role (on its group only outside any ring).
                var sharing = ring is null ? (null, group.Role, group.Name.Value) : (ring.Name, group.Role, (string?)null);
                if (!shared.TryGetValue(sharing, out var common))
                {
                    shared[sharing] = common = Effective(h.Key, group, ring, holds, model.Policy);
                }

                return ResolveHost(h, group, ring, common);
            })
            .ToList();
        var conflicts = new BindingConflicts(membership.Clashes, ringClashes, unknownGroups, membership.Unresolved);
        return new ResolvedPolicy(model, rings, groups, hosts, exceptions, conflicts);
    }

    private static (Dictionary<string, string> GroupRing, List<GroupRingClash> Clashes, List<UnknownGroupReference> Unknown) AssignRings(
        PolicyModel model, Dictionary<string, GroupDefinition> groups)
    {
        var groupRing = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var clashes = new List<GroupRingClash>();
        var unknown = new List<UnknownGroupReference>();
        foreach (var ring in model.Rings)
        {
            foreach (var group in ring.Groups)
            {
                if (!groups.ContainsKey(group.Value))
                {
                    unknown.Add(new UnknownGroupReference(ring.Name.Value, group.Value, group.Location));
                }
                else if (groupRing.TryGetValue(group.Value, out var first))
                {
                    clashes.Add(new GroupRingClash(group.Value, ring.Name.Value, group.Location, first));
                }
                else
                {
                    groupRing[group.Value] = ring.Name.Value;
                }
            }
        }

        return (groupRing, clashes, unknown);
    }

    private static ResolvedRing ResolveRing(
        RingDefinition ring, Dictionary<string, string> groupRing, Dictionary<string, GroupDefinition> groupDefinitions, PolicySettings policy)
    {
        var controls = ControlCatalogue.All.Select(control =>
        {
            var timeline = ring.Controls.GetValueOrDefault(control.Key);
            var gate = (ring.Gates.GetValueOrDefault(control.Key) ?? Gate.None).Over(policy.DefaultGates.GetValueOrDefault(control.Key) ?? Gate.None);
            var at = timeline?.Current?.Location ?? ring.Location;
            return new RingControl(control, timeline?.CurrentStage ?? control.Initial, timeline, gate, new Provenance(ProvenanceKind.Ring, ring.Name.Value, at));
        }).ToList();
        var groups = ring.Groups.Select(g => g.Value)
            .Where(g => string.Equals(groupRing.GetValueOrDefault(g), ring.Name.Value, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var sides = groups.SelectMany(g => groupDefinitions[g].Role.Sides()).Distinct().Order().ToList();
        return new ResolvedRing(ring, groups, sides, controls)
        {
            Monitors = [.. MonitorKinds.All.Select(kind => ResolvedMonitor.Resolve(kind, ring, policy))],
        };
    }

    private static ResolvedException ResolveException(ExceptionDefinition exception, DateOnly asOf, MembershipResolver membership)
    {
        var control = ControlCatalogue.Find(exception.Control.Value);
        var stage = control?.FindStage(exception.Stage.Value);
        var hostKeys = exception.Hosts.Select(h => HostNames.Key(h.Value))
            .Concat(exception.Groups.SelectMany(g => membership.HostsOf(g.Value)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ResolvedException(exception, control, stage, hostKeys, exception.Expires.Value >= asOf);
    }

    private static Dictionary<(string Host, string Control), ResolvedException> HoldsByHost(IEnumerable<ResolvedException> exceptions)
    {
        var holds = new Dictionary<(string, string), ResolvedException>();
        foreach (var exception in exceptions.Where(e => e.Active && e.Stage is not null))
        {
            foreach (var host in exception.HostKeys)
            {
                var key = (host, exception.Control!.Key);
                if (!holds.TryGetValue(key, out var existing) || exception.Stage!.Order < existing.Stage!.Order)
                {
                    holds[key] = exception;
                }
            }
        }

        return holds;
    }

    private static ResolvedHost ResolveHost(MembershipResolver.Member member, GroupDefinition group, ResolvedRing? ring, (List<EffectiveControl> Controls, List<DesiredSetting> Settings) effective) =>
        new(member.Name, member.DnsName, member.Computer, group.Name.Value, ring?.Name, group.Role, member.Membership, effective.Controls, effective.Settings) { Key = member.Key };

    /// <summary>
    /// The controls and settings a host gets: its ring's stages, lowered where an exception holds it back. Hosts
    /// without exceptions share one result per ring and role.
    /// </summary>
    private static (List<EffectiveControl>, List<DesiredSetting>) Effective(
        string hostKey,
        GroupDefinition group,
        ResolvedRing? ring,
        Dictionary<(string Host, string Control), ResolvedException> holds,
        PolicySettings policy)
    {
        var controls = new List<EffectiveControl>();
        var settings = new List<DesiredSetting>();
        foreach (var control in ControlCatalogue.All.Where(c => group.Role.Sides().Any(c.AppliesTo)))
        {
            var ringControl = ring?.Control(control.Key);
            var ringStage = ringControl?.Stage ?? control.Initial;
            var decidedBy = ringControl?.DecidedBy ?? new Provenance(ProvenanceKind.Group, group.Name.Value, group.Location);
            var effective = new EffectiveControl(control, ringStage, ringControl?.Since, ringStage, decidedBy, null);
            if (holds.TryGetValue((hostKey, control.Key), out var hold) && hold.Stage!.Order < ringStage.Order)
            {
                var since = ringControl?.Timeline?.Find(hold.Stage.Name)?.Since;
                var by = new Provenance(ProvenanceKind.Exception, hold.Id, hold.Definition.Location);
                effective = new EffectiveControl(control, hold.Stage, since, ringStage, by, hold.Id);
            }

            controls.Add(effective);
            foreach (var side in group.Role.Sides().Where(control.AppliesTo))
            {
                settings.AddRange(SettingResolver.Resolve(control, effective.Stage, side, policy.Parameters, effective.DecidedBy));
            }
        }

        return (controls, settings);
    }

    private static Dictionary<string, T> FirstByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            map.TryAdd(name(item), item);
        }

        return map;
    }
}
