using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Collects one blocking client's evidence over the client–server pairs that count for a ring, then builds the record.
/// For controls enforced on clients, one ring host may appear under several names (name and address): their pairs
/// are added together and the first name is the one shown.
/// </summary>
internal sealed class BlockingBuilder(ClientTally client, string? policyHost)
{
    private readonly long[] _counts = new long[EventKinds.Count];
    private readonly List<int> _servers = [];
    private readonly HashSet<int> _evidenceDays = [];
    private long _first = Times.None;
    private long _last = Times.None;

    public void Add(ClientTally from, int server, int slot, bool[] evidence)
    {
        var kinds = from.Links.Kinds(slot);
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            _counts[kind] += evidence[kind] ? kinds[kind] : 0;
        }

        Times.Widen(ref _first, ref _last, from.Links.First(slot));
        Times.Widen(ref _first, ref _last, from.Links.Last(slot));
        _servers.Add(server);
        var evidenceMask = 0;
        for (var kind = 0; kind < evidence.Length; kind++)
        {
            evidenceMask |= evidence[kind] ? 1 << kind : 0;
        }

        foreach (var cell in from.Links.DayKinds(slot))
        {
            if ((LinkTable.KindsOf(cell) & evidenceMask) != 0)
            {
                _evidenceDays.Add(LinkTable.DayOf(cell));
            }
        }
    }

    /// <summary>The UTC day numbers on which this client logged evidence for the control with the ring's hosts.</summary>
    public IReadOnlySet<int> EvidenceDays => _evidenceDays;

    public BlockingClient Build(ClientInventory? inventory, SortedPeople people, bool[] lowConfidence, NameTable names, int[] ranks)
    {
        var lowOnly = true;
        for (var i = 0; i < _counts.Length; i++)
        {
            lowOnly &= _counts[i] == 0 || lowConfidence[i];
        }

        return new BlockingClient(
            client.Name.Value,
            policyHost,
            ClientSummaries.Kinds(_counts),
            _counts.Sum(),
            Times.ToUtc(_first),
            Times.ToUtc(_last),
            SortedServers(names, ranks),
            people.Users(client),
            people.Spns(client),
            inventory?.Find(client.Name),
            lowOnly);
    }

    /// <summary>The distinct servers in name order (ranks are distinct, so sorting ids by rank groups the repeats).</summary>
    private List<string> SortedServers(NameTable names, int[] ranks)
    {
        _servers.Sort((a, b) => RankOf(a, ranks).CompareTo(RankOf(b, ranks)));
        var sorted = new List<string>(_servers.Count);
        for (var i = 0; i < _servers.Count; i++)
        {
            if (i == 0 || _servers[i] != _servers[i - 1])
            {
                sorted.Add(Names.Of(names, _servers[i]));
            }
        }

        return sorted;
    }

    private static int RankOf(int id, int[] ranks) => id < 0 ? -1 : ranks[id];
}
