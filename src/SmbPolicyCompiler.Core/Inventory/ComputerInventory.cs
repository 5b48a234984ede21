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
    private readonly (string Name, Computer Computer)[] _sortedNames;
    private readonly Lazy<(string Name, Computer Computer)[]> _sortedReversedNames;

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

        _sortedNames = Computers
            .SelectMany(c => new[] { c.Name, c.DnsHostName }.OfType<string>().Select(n => (n.ToLowerInvariant(), c)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToArray();
        _sortedReversedNames = new(() => Computers
            .SelectMany(c => new[] { c.Name, HostNames.ShortName(c.Name), c.DnsHostName }.OfType<string>().Distinct().Select(n => (Reversed(n.ToLowerInvariant()), c)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToArray());
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
        var (names, literal) = bySuffix ? (_sortedReversedNames.Value, Reversed(suffix)) : (_sortedNames, prefix);
        var seen = new HashSet<Computer>(ReferenceEqualityComparer.Instance);
        var result = new List<(string Name, Computer Computer)>();
        for (var i = LowerBound(names, literal); i < names.Length && names[i].Name.StartsWith(literal, StringComparison.Ordinal); i++)
        {
            var computer = names[i].Computer;
            if (!seen.Contains(computer) && HostNames.Matches(pattern, computer.Name, computer.DnsHostName))
            {
                seen.Add(computer);
                result.Add((bySuffix ? Reversed(names[i].Name) : names[i].Name, computer));
            }
        }

        if (bySuffix)
        {
            result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
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

    private static int LowerBound((string Name, Computer Computer)[] names, string prefix)
    {
        int lo = 0, hi = names.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(names[mid].Name, prefix) < 0)
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

    private static string Reversed(string text) => string.Create(text.Length, text, (span, source) =>
    {
        source.CopyTo(span);
        span.Reverse();
    });

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
