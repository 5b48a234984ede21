namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// The computers the policy repository knows, indexed for the binder: by short or DNS name, by every OU above
/// them, and by the AD groups they belong to (by DN and by common name). Lookups are case-insensitive.
/// </summary>
public sealed class ComputerInventory
{
    private readonly Dictionary<string, Computer> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Computer>> _byContainer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Computer>> _byGroup = new(StringComparer.OrdinalIgnoreCase);
    private readonly NameIndex _byNameStart;
    private readonly Lazy<NameIndex> _byNameEnd;

    public ComputerInventory(string path, IEnumerable<Computer> computers)
    {
        Path = path;
        Computers = computers.ToList();
        var containers = _byContainer.GetAlternateLookup<ReadOnlySpan<char>>();
        var groupKeys = new Dictionary<string, (string Dn, string CommonName)>(StringComparer.Ordinal);
        foreach (var computer in Computers)
        {
            _byName.TryAdd(computer.Name, computer);
            if (computer.DnsHostName is { } dns)
            {
                _byName.TryAdd(dns, computer);
            }

            if (computer.DistinguishedName is { } dn)
            {
                // Every OU above the computer, looked up as a slice of its DN: a key string is made once per OU, not per computer.
                var normalized = DistinguishedNames.Normalize(dn);
                for (var comma = normalized.IndexOf(','); comma >= 0; comma = normalized.IndexOf(',', comma + 1))
                {
                    var container = normalized.AsSpan(comma + 1);
                    if (!containers.TryGetValue(container, out var list))
                    {
                        containers[container] = list = [];
                    }

                    Add(list, computer);
                }
            }

            foreach (var group in computer.MemberOf)
            {
                if (!groupKeys.TryGetValue(group, out var keys))
                {
                    groupKeys[group] = keys = (DistinguishedNames.Normalize(group), DistinguishedNames.CommonName(group));
                }

                Add(_byGroup, keys.Dn, computer);
                Add(_byGroup, keys.CommonName, computer);
            }
        }

        _byNameStart = new NameIndex(Computers.SelectMany(c => new[] { c.Name, c.DnsHostName }.OfType<string>().Select(n => (NameIndex.KeyOf(n), c))).ToList(), fromEnd: false);
        _byNameEnd = new(() => new NameIndex(
            Computers.SelectMany(c => new[] { c.Name, HostNames.ShortName(c.Name), c.DnsHostName }.OfType<string>().Distinct().Select(n => (NameIndex.KeyOf(n), c))).ToList(),
            fromEnd: true));
    }

    public string Path { get; }

    public IReadOnlyList<Computer> Computers { get; }

    public Computer? Find(string name) =>
        _byName.GetValueOrDefault(name) ?? _byName.GetValueOrDefault(HostNames.ShortName(name));

    /// <summary>
    /// Computers whose short or DNS name matches a * / ? wildcard, in name order. The longer of the literal prefix and
    /// the literal suffix narrows the search ("fs-*" and "*-sql" both look at matching names only); a pattern with
    /// neither ("*sql*") is tried against every computer.
    /// </summary>
    public IReadOnlyList<Computer> MatchingWildcard(string pattern)
    {
        var prefix = pattern[..pattern.IndexOfAny(['*', '?'])].ToLowerInvariant();
        var suffix = pattern[(pattern.LastIndexOfAny(['*', '?']) + 1)..].ToLowerInvariant();
        var bySuffix = suffix.Length > prefix.Length;
        var seen = new HashSet<Computer>(ReferenceEqualityComparer.Instance);
        var result = new List<(string Name, Computer Computer)>();
        foreach (var (name, computer) in bySuffix ? _byNameEnd.Value.WithAffix(suffix) : _byNameStart.WithAffix(prefix))
        {
            if (!seen.Contains(computer) && HostNames.Matches(pattern, computer.Name, computer.DnsHostName))
            {
                seen.Add(computer);
                result.Add((name, computer));
            }
        }

        if (bySuffix)
        {
            result.Sort((a, b) => NameIndex.CompareKeys(a.Name, b.Name));
        }

        return result.ConvertAll(r => r.Computer);
    }

    /// <summary>Computers in the OU or below it.</summary>
    public IReadOnlyList<Computer> InOrganizationalUnit(string ouDn) =>
        _byContainer.GetValueOrDefault(DistinguishedNames.Normalize(ouDn)) ?? [];

    /// <summary>Computers that are members of the group, named by DN or by common name.</summary>
    public IReadOnlyList<Computer> InGroup(string groupDnOrName)
    {
        var key = groupDnOrName.Contains('=') ? DistinguishedNames.Normalize(groupDnOrName) : groupDnOrName.Trim();
        return _byGroup.GetValueOrDefault(key) ?? [];
    }

    private static void Add(Dictionary<string, List<Computer>> index, string key, Computer computer)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        Add(list, computer);
    }

    private static void Add(List<Computer> list, Computer computer)
    {
        if (list.Count == 0 || !ReferenceEquals(list[^1], computer))
        {
            list.Add(computer);
        }
    }
}
