using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>The events one computer logged (a server for SMBServer events, a client for SMBClient events): per kind and per day and kind.</summary>
internal sealed class ComputerTally(int id, NetworkName name)
{
    public int Id { get; } = id;

    public NetworkName Name { get; } = name;

    public long Events { get; private set; }

    public long FirstTicks = Times.None;

    public long LastTicks = Times.None;

    public long[] ByKind { get; } = new long[EventKinds.Count];

    /// <summary>Events that named no usable peer (no ClientName / ServerName).</summary>
    public long EventsWithoutPeer { get; private set; }

    /// <summary>Events per (day number × kind count + kind index).</summary>
    public Dictionary<int, int> DayKinds { get; } = [];

    public void Add(int kind, long ticks, bool hasPeer)
    {
        Events++;
        ByKind[kind]++;
        EventsWithoutPeer += hasPeer ? 0 : 1;
        Times.Widen(ref FirstTicks, ref LastTicks, ticks);
        if (ticks != Times.None)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(DayKinds, (ClientTally.DayNumber(ticks) * EventKinds.Count) + kind, out _)++;
        }
    }
}
