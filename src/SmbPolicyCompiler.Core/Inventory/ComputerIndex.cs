namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// The lookups the binder resolves members through: computers by short or DNS name, by every OU above them, by the AD
/// groups they belong to (by DN and by common name), and by name prefix or suffix. Lookups are case-insensitive.
/// </summary>
internal sealed class ComputerIndex
{
    private readonly IReadOnlyList<Computer> _computers;
    private readonly Dictionary<string, Computer> _byName;
    private readonly Dictionary<string, List<Computer>> _byContainer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Computer>> _byGroup = new(StringComparer.OrdinalIgnoreCase);
    private readonly NameIndex _byNameStart;
    private readonly Lazy<NameIndex> _byNameEnd;

    public ComputerIndex(IReadOnlyList<Computer> computers)
    {
        _computers = computers;
        var nameCount = computers.Count + computers.Count(c => c.DnsHostName is not null);
        _byName = new(nameCount, StringComparer.OrdinalIgnoreCase); // sized once: no doubling garbage
        var containers = _byContainer.GetAlternateLookup<ReadOnlySpan<char>>();
        var groupKeys = new Dictionary<string, (string Dn, string CommonName)>(StringComparer.Ordinal);
        var normalizedContainers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var computer in computers)
        {
            _byName.TryAdd(computer.Name, computer);
            if (computer.DnsHostName is { } dns)
            {
                _byName.TryAdd(dns, computer);
            }

            if (AboveComputer(computer, normalizedContainers) is { } normalized)
            {
                // Every OU above the computer, looked up as a slice of its DN: a key string is made once per OU, not per computer.
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

        _byNameStart = new NameIndex(NamesFromStart(computers, nameCount), fromEnd: false);
        _byNameEnd = new(() => new NameIndex(NamesFromEnd(_computers, nameCount), fromEnd: true));
    }

    /// <summary>
    /// The computer's normalized DN, or only the part from the comma before its container (normalized once per
    /// container): each comma in it starts an OU the computer is in.
    /// </summary>
    private static string? AboveComputer(Computer computer, Dictionary<string, string> normalizedContainers)
    {
        if (computer.Container is not { } container)
        {
            return computer.DistinguishedName is { } dn ? DistinguishedNames.Normalize(dn) : null;
        }

        if (!normalizedContainers.TryGetValue(container, out var normalized))
        {
            normalizedContainers[container] = normalized = DistinguishedNames.Normalize("," + container);
        }

        return normalized;
    }

    public Computer? Find(string name) =>
        _byName.GetValueOrDefault(name) ?? _byName.GetValueOrDefault(HostNames.ShortName(name));

    /// <inheritdoc cref="ComputerInventory.MatchingWildcard"/>
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

    public IReadOnlyList<Computer> InOrganizationalUnit(string ouDn) =>
        _byContainer.GetValueOrDefault(DistinguishedNames.Normalize(ouDn)) ?? [];

    public IReadOnlyList<Computer> InGroup(string groupDnOrName)
    {
        var key = groupDnOrName.Contains('=') ? DistinguishedNames.Normalize(groupDnOrName) : groupDnOrName.Trim();
        return _byGroup.GetValueOrDefault(key) ?? [];
    }

    /// <summary>Each computer's name and DNS name, in a list of exactly their number (no per-computer iterators).</summary>
    private static List<(string Name, Computer Computer)> NamesFromStart(IReadOnlyList<Computer> computers, int count)
    {
        var names = new List<(string Name, Computer Computer)>(count);
        foreach (var computer in computers)
        {
            names.Add((NameIndex.KeyOf(computer.Name), computer));
            if (computer.DnsHostName is { } dns)
            {
                names.Add((NameIndex.KeyOf(dns), computer));
            }
        }

        return names;
    }

    /// <summary>
    /// Each computer's distinct names among its name, the short form of that name and its DNS name; as many as
    /// <paramref name="expected"/> when names are short (an AD export's Name is).
    /// </summary>
    private static List<(string Name, Computer Computer)> NamesFromEnd(IReadOnlyList<Computer> computers, int expected)
    {
        var names = new List<(string Name, Computer Computer)>(expected);
        foreach (var computer in computers)
        {
            var name = computer.Name;
            var shortName = HostNames.ShortName(name);
            names.Add((NameIndex.KeyOf(name), computer));
            if (shortName != name)
            {
                names.Add((NameIndex.KeyOf(shortName), computer));
            }

            if (computer.DnsHostName is { } dns && dns != name && dns != shortName)
            {
                names.Add((NameIndex.KeyOf(dns), computer));
            }
        }

        return names;
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
