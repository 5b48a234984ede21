namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// The computers the policy repository knows, and lookups for the binder: by short or DNS name, by every OU above
/// them, and by the AD groups they belong to (by DN and by common name). Lookups are case-insensitive. Their index is
/// built on the first lookup; the binder releases it when it is done, so that it takes no room while the bound policy
/// is compiled (a later lookup builds it again).
/// </summary>
public sealed class ComputerInventory
{
    private ComputerIndex? _index;

    public ComputerInventory(string path, IEnumerable<Computer> computers)
    {
        Path = path;
        Computers = computers.ToList();
    }

    public string Path { get; }

    public IReadOnlyList<Computer> Computers { get; }

    public Computer? Find(string name) => Index.Find(name);

    /// <summary>
    /// Computers whose short or DNS name matches a * / ? wildcard, in name order. The longer of the literal prefix and
    /// the literal suffix narrows the search ("fs-*" and "*-sql" both look at matching names only); a pattern with
    /// neither ("*sql*") is tried against every computer.
    /// </summary>
    public IReadOnlyList<Computer> MatchingWildcard(string pattern) => Index.MatchingWildcard(pattern);

    /// <summary>Computers in the OU or below it.</summary>
    public IReadOnlyList<Computer> InOrganizationalUnit(string ouDn) => Index.InOrganizationalUnit(ouDn);

    /// <summary>Computers that are members of the group, named by DN or by common name.</summary>
    public IReadOnlyList<Computer> InGroup(string groupDnOrName) => Index.InGroup(groupDnOrName);

    /// <summary>True while the lookup index is built (for tests).</summary>
    internal bool IsIndexed => Volatile.Read(ref _index) is not null;

    private ComputerIndex Index
    {
        get
        {
            if (Volatile.Read(ref _index) is { } built)
            {
                return built;
            }

            var index = new ComputerIndex(Computers);
            return Interlocked.CompareExchange(ref _index, index, null) ?? index;
        }
    }

    /// <summary>Drops the lookup index (the binder calls it when it has resolved every member).</summary>
    internal void ReleaseIndex() => Volatile.Write(ref _index, null);
}
