namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// The computers the policy repository knows, indexed for the binder: by short or DNS name, by every OU above
/// them, and by the AD groups they belong to (by DN and by common name). Lookups are case-insensitive.
/// </summary>
public sealed class ComputerInventory
{
    private readonly Dictionary<string, Computer> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Computer>> byContainer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Computer>> byGroup = new(StringComparer.OrdinalIgnoreCase);
    private readonly (string Name, Computer Computer)[] sortedNames;

    public ComputerInventory(string path, IEnumerable<Computer> computers)
    {
        Path = path;
        Computers = computers.ToList();
        foreach (var computer in Computers)
        {
            byName.TryAdd(computer.Name, computer);
            if (computer.DnsHostName is { } dns)
            {
                byName.TryAdd(dns, computer);
            }

            if (computer.DistinguishedName is { } dn)
            {
                foreach (var container in Containers(DistinguishedNames.Normalize(dn)))
                {
                    Add(byContainer, container, computer);
                }
            }

            foreach (var group in computer.MemberOf)
            {
                Add(byGroup, DistinguishedNames.Normalize(group), computer);
                Add(byGroup, DistinguishedNames.CommonName(group), computer);
            }
        }

        sortedNames = Computers
            .SelectMany(c => new[] { c.Name, c.DnsHostName }.OfType<string>().Select(n => (n.ToLowerInvariant(), c)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToArray();
    }

    public string Path { get; }

    public IReadOnlyList<Computer> Computers { get; }

    public Computer? Find(string name) =>
        byName.GetValueOrDefault(name) ?? byName.GetValueOrDefault(HostNames.ShortName(name));

    /// <summary>Computers whose short or DNS name matches a * / ? wildcard; the literal prefix narrows the search.</summary>
    public IReadOnlyList<Computer> MatchingWildcard(string pattern)
    {
        var prefix = pattern[..pattern.IndexOfAny(['*', '?'])].ToLowerInvariant();
        var start = LowerBound(prefix);
        var result = new List<Computer>();
        for (var i = start; i < sortedNames.Length && sortedNames[i].Name.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var computer = sortedNames[i].Computer;
            if (!result.Contains(computer) && HostNames.Matches(pattern, computer.Name, computer.DnsHostName))
            {
                result.Add(computer);
            }
        }

        return result;
    }

    /// <summary>Computers in the OU or below it.</summary>
    public IReadOnlyList<Computer> InOrganizationalUnit(string ouDn) =>
        byContainer.GetValueOrDefault(DistinguishedNames.Normalize(ouDn)) ?? [];

    /// <summary>Computers that are members of the group, named by DN or by common name.</summary>
    public IReadOnlyList<Computer> InGroup(string groupDnOrName)
    {
        var key = groupDnOrName.Contains('=') ? DistinguishedNames.Normalize(groupDnOrName) : groupDnOrName.Trim();
        return byGroup.GetValueOrDefault(key) ?? [];
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = sortedNames.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(sortedNames[mid].Name, prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static IEnumerable<string> Containers(string normalizedDn)
    {
        for (var comma = normalizedDn.IndexOf(','); comma >= 0; comma = normalizedDn.IndexOf(',', comma + 1))
        {
            yield return normalizedDn[(comma + 1)..];
        }
    }

    private static void Add(Dictionary<string, List<Computer>> index, string key, Computer computer)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], computer))
        {
            list.Add(computer);
        }
    }
}
