using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>Expands group members (names, wildcards, OUs, AD groups) to hosts through the inventory, first group wins.</summary>
internal sealed class MembershipResolver(ComputerInventory? inventory)
{
    private readonly Dictionary<string, Member> _owners = new(inventory?.Computers.Count ?? 0, StringComparer.Ordinal); // most hosts come from the inventory: sized once
    private readonly Dictionary<string, List<string>> _groupHosts = new(StringComparer.OrdinalIgnoreCase); // each key once: a host has one owner
    private readonly HashSet<(string Host, string Group)> _reported = [];

    public sealed record Member(string Key, string Name, string? DnsName, Computer? Computer, string Group, HostMembership Membership);

    public List<HostGroupClash> Clashes { get; } = [];

    public List<UnresolvedMembership> Unresolved { get; } = [];

    public IEnumerable<Member> Hosts => _owners.Values;

    public IReadOnlyList<string> HostsOf(string group)
    {
        if (!_groupHosts.TryGetValue(group, out var hosts))
        {
            return [];
        }

        hosts.Sort(StringComparer.Ordinal);
        return hosts.ToList();
    }

    public void Add(GroupDefinition group)
    {
        var name = group.Name.Value;
        _groupHosts.TryAdd(name, []);
        foreach (var host in group.Members.Hosts)
        {
            if (!HostNames.IsWildcard(host.Value))
            {
                var computer = inventory?.Find(host.Value);
                var dns = computer?.DnsHostName ?? (host.Value.Contains('.') ? host.Value : null);
                Claim(name, computer?.Name ?? HostNames.ShortName(host.Value), dns, computer, new HostMembership(MembershipKind.HostName, host.Value, host.Location));
            }
            else if (Require(name, $"wildcard '{host.Value}'", host))
            {
                var membership = new HostMembership(MembershipKind.Wildcard, host.Value, host.Location); // one per member entry, shared by its hosts
                foreach (var computer in inventory!.MatchingWildcard(host.Value))
                {
                    Claim(name, computer, membership);
                }
            }
        }

        foreach (var ou in group.Members.OrganizationalUnits.Where(ou => Require(name, $"OU '{ou.Value}'", ou)))
        {
            var membership = new HostMembership(MembershipKind.OrganizationalUnit, ou.Value, ou.Location);
            foreach (var computer in inventory!.InOrganizationalUnit(ou.Value))
            {
                Claim(name, computer, membership);
            }
        }

        foreach (var adGroup in group.Members.AdGroups.Where(g => Require(name, $"AD group '{g.Value}'", g)))
        {
            var membership = new HostMembership(MembershipKind.AdGroup, adGroup.Value, adGroup.Location);
            foreach (var computer in inventory!.InGroup(adGroup.Value))
            {
                Claim(name, computer, membership);
            }
        }
    }

    private bool Require(string group, string what, Located<string> member)
    {
        if (inventory is not null)
        {
            return true;
        }

        Unresolved.Add(new UnresolvedMembership(group, what, member.Location));
        return false;
    }

    private void Claim(string group, Computer computer, HostMembership membership) =>
        Claim(group, computer.Name, computer.DnsHostName, computer, membership);

    private void Claim(string group, string name, string? dns, Computer? computer, HostMembership membership)
    {
        var key = HostNames.Key(name);
        if (_owners.TryGetValue(key, out var owner))
        {
            if (!string.Equals(owner.Group, group, StringComparison.OrdinalIgnoreCase) && _reported.Add((key, group)))
            {
                Clashes.Add(new HostGroupClash(name, group, membership, owner.Group));
            }

            return;
        }

        _owners[key] = new Member(key, name, dns, computer, group, membership);
        _groupHosts[group].Add(key);
    }
}
