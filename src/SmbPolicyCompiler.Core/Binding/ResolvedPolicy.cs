using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>The bound policy: rings, groups and hosts with their effective settings and provenance.</summary>
public sealed class ResolvedPolicy
{
    private readonly Dictionary<string, ResolvedRing> _rings;
    private readonly Dictionary<string, ResolvedGroup> _groups;
    private readonly Dictionary<string, ResolvedHost> _hosts;

    public ResolvedPolicy(
        PolicyModel model,
        IReadOnlyList<ResolvedRing> rings,
        IReadOnlyList<ResolvedGroup> groups,
        IReadOnlyList<ResolvedHost> hosts,
        IReadOnlyList<ResolvedException> exceptions,
        BindingConflicts conflicts)
    {
        Model = model;
        Rings = rings;
        Groups = groups;
        Hosts = hosts;
        Exceptions = exceptions;
        Conflicts = conflicts;
        _rings = ByName(rings, r => r.Name);
        _groups = ByName(groups, g => g.Name);
        // Sized for every key up front: growing by doubling left the table ~1.7x too big and its old tables as garbage at the peak.
        _hosts = new Dictionary<string, ResolvedHost>(hosts.Count + hosts.Count(h => h.DnsName is not null), StringComparer.OrdinalIgnoreCase);
        foreach (var host in hosts)
        {
            _hosts.TryAdd(host.Key, host);
            if (host.DnsName is { } dns)
            {
                _hosts.TryAdd(dns, host);
            }
        }
    }

    public PolicyModel Model { get; }

    public PolicySettings Policy => Model.Policy;

    /// <summary>Rings in promotion order.</summary>
    public IReadOnlyList<ResolvedRing> Rings { get; }

    public IReadOnlyList<ResolvedGroup> Groups { get; }

    public IReadOnlyList<ResolvedHost> Hosts { get; }

    public IReadOnlyList<ResolvedException> Exceptions { get; }

    public BindingConflicts Conflicts { get; }

    public ResolvedRing? Ring(string name) => _rings.GetValueOrDefault(name);

    public ResolvedGroup? Group(string name) => _groups.GetValueOrDefault(name);

    /// <summary>A host by short name, FQDN or either with a leading \\ (as audit events write client names).</summary>
    public ResolvedHost? Host(string name)
    {
        var trimmed = name.Trim().TrimStart('\\');
        return _hosts.GetValueOrDefault(trimmed) ?? _hosts.GetValueOrDefault(HostNames.Key(trimmed));
    }

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            map.TryAdd(name(item), item);
        }

        return map;
    }
}
