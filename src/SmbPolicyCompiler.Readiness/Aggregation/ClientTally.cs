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

    public void Add(SmbAuditEvent e, int kind, long ticks, int server, bool alertKind)
    {
        Events++;
        ByKind[kind]++;
        Times.Widen(ref FirstTicks, ref LastTicks, ticks);
        Links.Add(server, kind, ticks);
        if (e.UserName is { } user)
        {
            Users.Add(user);
        }

        if (e.Spn is { } spn)
        {
            Spns.Add(spn);
        }

        if (ticks == Times.None)
        {
            EventsWithoutTime++;
            return;
        }

        var dayNumber = DayNumber(ticks);
        ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(Days, dayNumber, out var known);
        if (!known)
        {
            day = DayTally.Empty;
        }

        day.Events++;
        if (alertKind)
        {
            day.AddAlert(server);
        }
    }

    public static int DayNumber(long ticks) => (int)(ticks / TimeSpan.TicksPerDay);
}
