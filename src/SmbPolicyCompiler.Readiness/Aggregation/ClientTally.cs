using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Everything kept about one SMB client: first/last seen, events per kind and per day, the servers it talked to
/// (per kind), users and SPNs. Its size depends on the servers and days it was seen on, never on the event count.
/// </summary>
internal sealed class ClientTally(int id, NetworkName name)
{
    public const int MaxUsers = 50;
    public const int MaxSpns = 50;

    public int Id { get; } = id;

    public NetworkName Name { get; } = name;

    public long Events { get; private set; }

    public long FirstTicks = Times.None;

    public long LastTicks = Times.None;

    public long EventsWithoutTime { get; private set; }

    public long[] ByKind { get; } = new long[EventKinds.Count];

    /// <summary>Per UTC day number.</summary>
    public Dictionary<int, DayTally> Days { get; } = [];

    public LinkTable Links { get; } = new();

    public CappedSet Users { get; } = new(MaxUsers);

    public CappedSet Spns { get; } = new(MaxSpns);

    /// <summary>
    /// <paramref name="count"/> events of one kind with one server, all on the UTC day of <paramref name="first"/>
    /// through <paramref name="last"/> (the same day, or both <see cref="Times.None"/>): one event, or one row of a SIEM's aggregate.
    /// </summary>
    public void Add(int kind, long count, long first, long last, int server, bool alertKind, NameTable names)
    {
        Events += count;
        ByKind[kind] += count;
        Times.Widen(ref FirstTicks, ref LastTicks, first);
        Times.Widen(ref FirstTicks, ref LastTicks, last);
        Links.Add(server, kind, count, first, last);
        if (first == Times.None)
        {
            EventsWithoutTime += count;
            return;
        }

        ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(Days, DayNumber(first), out var known);
        if (!known)
        {
            day = DayTally.Empty;
        }

        day.Events = DayTally.Saturated(day.Events, count);
        if (alertKind)
        {
            day.AddAlerts(count, server, names);
        }
    }

    public static int DayNumber(long ticks) => (int)(ticks / TimeSpan.TicksPerDay);
}
