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

    /// <summary>The alert ring of an event of a kind the daily alert rule does not count.</summary>
    public const int NotAlert = -1;

    private readonly AlertDays _alerts = new();
    private DayCountList _days;

    public int Id { get; } = id;

    public NetworkName Name { get; } = name;

    public long Events { get; private set; }

    public long FirstTicks = Times.None;

    public long LastTicks = Times.None;

    public long EventsWithoutTime { get; private set; }

    /// <summary>Events per kind index, summed from <see cref="Links"/> when asked: one array less to touch per event.</summary>
    public long[] ByKind => Links.KindTotals();

    /// <summary>Events per UTC day number, in day order.</summary>
    public IEnumerable<KeyValuePair<int, int>> Days => _days.Pairs;

    /// <summary>Alert-kind events per UTC day number and alert ring (of the servers that logged them; see AlertRings).</summary>
    public IEnumerable<KeyValuePair<(int Day, int Ring), AlertTally>> Alerts => _alerts.Pairs;

    public LinkTable Links { get; } = new();

    public CappedSet Users { get; } = new(MaxUsers);

    public CappedSet Spns { get; } = new(MaxSpns);

    /// <summary>
    /// <paramref name="count"/> events of one kind with one server, all on the UTC day of <paramref name="first"/>
    /// through <paramref name="last"/> (the same day, or both <see cref="Times.None"/>): one event, or one row of a SIEM's aggregate.
    /// <paramref name="alertRing"/> is the alert ring of the server for an alert kind, else <see cref="NotAlert"/>.
    /// </summary>
    public void Add(int kind, long count, long first, long last, int server, int alertRing, NameTable names)
    {
        Events += count;
        Times.Widen(ref FirstTicks, ref LastTicks, first);
        Times.Widen(ref FirstTicks, ref LastTicks, last);
        Links.Add(server, kind, count, first, last);
        if (first == Times.None)
        {
            EventsWithoutTime += count;
            return;
        }

        var dayNumber = DayNumber(first);
        _days.Add(dayNumber, count);
        if (alertRing == NotAlert)
        {
            return;
        }

        _alerts.Get(dayNumber, alertRing).Add(count, server, names);
    }

    public static int DayNumber(long ticks) => (int)(ticks / TimeSpan.TicksPerDay);
}
