using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Everything kept about one SMB client: first/last seen, events per kind and per day, the servers it talked to
/// (per kind), users and SPNs. Its size depends on the servers and days it was seen on, never on the event count.
/// </summary>
internal sealed class ClientTally(NetworkName name)
{
    public const int MaxUsers = 50;
    public const int MaxSpns = 50;

    /// <summary>The server key used when an event did not name its server.</summary>
    public static readonly NetworkName NoServer = new(string.Empty, NetworkNameKind.Name);

    public NetworkName Name { get; } = name;

    public long Events { get; private set; }

    public long FirstTicks = Times.None;

    public long LastTicks = Times.None;

    public long EventsWithoutTime { get; private set; }

    public long[] ByKind { get; } = new long[EventKinds.Count];

    public Dictionary<int, DayTally> Days { get; } = [];

    public Dictionary<NetworkName, LinkTally> Links { get; } = [];

    public CappedSet Users { get; } = new(MaxUsers);

    public CappedSet Spns { get; } = new(MaxSpns);

    public void Add(SmbAuditEvent e, int kind, long ticks, bool alertKind)
    {
        Events++;
        ByKind[kind]++;
        Times.Widen(ref FirstTicks, ref LastTicks, ticks);
        ref var link = ref CollectionsMarshal.GetValueRefOrAddDefault(Links, e.Server ?? NoServer, out _);
        link ??= new LinkTally();
        link.Add(kind, ticks);
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

        ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(Days, DayNumber(ticks), out _);
        day ??= new DayTally();
        day.Add();
        if (alertKind)
        {
            day.AddAlert(e.Server);
        }
    }

    public static int DayNumber(long ticks) => (int)(ticks / TimeSpan.TicksPerDay);
}
