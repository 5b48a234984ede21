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
    public const int MaxAlertServersPerDay = 8;

    private Dictionary<int, List<int>>? _moreAlertServers;
    private HashSet<int>? _alertServersOverflowed;

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
        if (alertKind && !day.AddAlert(server))
        {
            KeepAlertServer(dayNumber, server);
        }
    }

    /// <summary>The servers the day's alert events were logged against (at most <see cref="MaxAlertServersPerDay"/>), and whether there were more.</summary>
    public (IReadOnlyList<int> Servers, bool More) AlertServers(int dayNumber)
    {
        var day = Days[dayNumber];
        var servers = new List<int>();
        foreach (var server in new[] { day.FirstAlertServer, day.SecondAlertServer })
        {
            if (server != DayTally.Unset)
            {
                servers.Add(server);
            }
        }

        servers.AddRange(_moreAlertServers?.GetValueOrDefault(dayNumber) ?? []);
        return (servers, _alertServersOverflowed?.Contains(dayNumber) == true);
    }

    public static int DayNumber(long ticks) => (int)(ticks / TimeSpan.TicksPerDay);

    private void KeepAlertServer(int dayNumber, int server)
    {
        _moreAlertServers ??= [];
        if (!_moreAlertServers.TryGetValue(dayNumber, out var servers))
        {
            _moreAlertServers[dayNumber] = servers = [];
        }

        if (servers.Contains(server))
        {
            return;
        }

        if (servers.Count + 2 < MaxAlertServersPerDay)
        {
            servers.Add(server);
        }
        else
        {
            (_alertServersOverflowed ??= []).Add(dayNumber);
        }
    }
}
