using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>Collects one blocking client's evidence over the links that count for a ring, then builds the record.</summary>
internal sealed class BlockingBuilder(ClientTally client, string? policyHost)
{
    private readonly long[] _counts = new long[EventKinds.Count];
    private readonly SortedSet<string> _servers = new(StringComparer.Ordinal);
    private long _first = Times.None;
    private long _last = Times.None;

    public ClientTally Client { get; } = client;

    public void Add(NetworkName server, LinkTally link, bool[] evidence)
    {
        foreach (var stat in link.Stats)
        {
            if (!evidence[stat.Kind])
            {
                continue;
            }

            _counts[stat.Kind] += stat.Count;
            Times.Widen(ref _first, ref _last, stat.FirstTicks);
            Times.Widen(ref _first, ref _last, stat.LastTicks);
        }

        _servers.Add(Names.Server(server));
    }

    public bool LowConfidenceOnly(bool[] lowConfidence)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] > 0 && !lowConfidence[i])
            {
                return false;
            }
        }

        return true;
    }

    public BlockingClient Build(ClientInventory? inventory, bool[] lowConfidence) => new(
        Client.Name.Value,
        policyHost,
        [.. Enumerable.Range(0, _counts.Length).Where(i => _counts[i] > 0).Select(i => new KindCount((int)EventKinds.At(i), _counts[i]))],
        _counts.Sum(),
        Times.ToUtc(_first),
        Times.ToUtc(_last),
        [.. _servers],
        Client.Users.Sorted(),
        Client.Spns.Sorted(),
        inventory?.Find(Client.Name),
        LowConfidenceOnly(lowConfidence));
}
