using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>The events one computer logged (a server for SMBServer events, a client for SMBClient events): per kind and per day and kind.</summary>
internal sealed class ComputerTally(int id, NetworkName name)
{
    private readonly DayKindCounts _dayKinds = new();

    public int Id { get; } = id;

    public NetworkName Name { get; } = name;

    public long Events { get; private set; }

    public long FirstTicks = Times.None;

    public long LastTicks = Times.None;

    public long[] ByKind { get; } = new long[EventKinds.Count];

    /// <summary>Events that named no usable peer (no ClientName / ServerName).</summary>
    public long EventsWithoutPeer { get; private set; }

    /// <summary>Events per (day number × kind count + kind index).</summary>
    public IEnumerable<KeyValuePair<int, int>> DayKinds => _dayKinds.Pairs;

    /// <summary><paramref name="count"/> events of one kind on the UTC day of <paramref name="first"/> (first and last on one day, or both <see cref="Times.None"/>).</summary>
    public void Add(int kind, long count, long first, long last, bool hasPeer)
    {
        Events += count;
        ByKind[kind] += count;
        EventsWithoutPeer += hasPeer ? 0 : count;
        Times.Widen(ref FirstTicks, ref LastTicks, first);
        Times.Widen(ref FirstTicks, ref LastTicks, last);
        if (first != Times.None)
        {
            _dayKinds.Add(ClientTally.DayNumber(first), kind, count);
        }
    }
}
