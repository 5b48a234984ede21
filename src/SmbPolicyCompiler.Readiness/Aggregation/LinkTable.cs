namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events per server (by name id; <see cref="NoServer"/> when the event named none) and kind, with the
/// first and last time per server. Kept in flat arrays per client, so one event touches a few adjacent cells. Per
/// server also the UTC days it was named on, each with a bit per kind (for the burn-down: blocking clients per day),
/// packed as day &lt;&lt; 32 | kinds (the catalogue has fewer than 32 events) in a small array searched from its end
/// (events mostly come in time order).
/// </summary>
internal sealed class LinkTable
{
    public const int NoServer = -1;
    private const int ScanLimit = 8;

    private Dictionary<int, int>? _slots;
    private int[] _servers = new int[2];
    private long[] _counts = new long[2 * EventKinds.Count];
    private long[] _first = new long[2];
    private long[] _last = new long[2];
    private long[]?[] _dayKinds = new long[]?[2];
    private int[] _dayCounts = new int[2];

    public int Count { get; private set; }

    public int Server(int slot) => _servers[slot];

    public long CountOf(int slot, int kind) => _counts[(slot * EventKinds.Count) + kind];

    public ReadOnlySpan<long> Kinds(int slot) => _counts.AsSpan(slot * EventKinds.Count, EventKinds.Count);

    public long First(int slot) => _first[slot];

    public long Last(int slot) => _last[slot];

    /// <summary>
    /// The UTC days of this server's timed events, one cell per day: <see cref="DayOf"/> gives its day number and
    /// <see cref="KindsOf"/> a bit per kind index seen that day.
    /// </summary>
    public ReadOnlySpan<long> DayKinds(int slot) => _dayKinds[slot] is { } days ? days.AsSpan(0, _dayCounts[slot]) : [];

    public static int DayOf(long cell) => (int)(cell >> 32);

    public static int KindsOf(long cell) => (int)cell;

    public long Total(int slot)
    {
        long total = 0;
        foreach (var count in Kinds(slot))
        {
            total += count;
        }

        return total;
    }

    public void Add(int server, int kind, long count, long first, long last)
    {
        var slot = SlotOf(server);
        _counts[(slot * EventKinds.Count) + kind] += count;
        Times.Widen(ref _first[slot], ref _last[slot], first);
        Times.Widen(ref _first[slot], ref _last[slot], last);
        if (first != Times.None)
        {
            AddDay(slot, ClientTally.DayNumber(first), kind);
        }
    }

    private void AddDay(int slot, int day, int kind)
    {
        var days = _dayKinds[slot];
        var count = _dayCounts[slot];
        for (var i = count - 1; i >= 0; i--)
        {
            if (DayOf(days![i]) == day)
            {
                days[i] |= 1L << kind;
                return;
            }
        }

        if (days is null || count == days.Length)
        {
            Array.Resize(ref days, Math.Max(2, count * 2));
            _dayKinds[slot] = days;
        }

        days[count] = ((long)day << 32) | (1L << kind);
        _dayCounts[slot] = count + 1;
    }

    private int SlotOf(int server)
    {
        if (_slots is not null)
        {
            return _slots.TryGetValue(server, out var known) ? known : Append(server);
        }

        var found = Array.IndexOf(_servers, server, 0, Count);
        return found >= 0 ? found : Append(server);
    }

    private int Append(int server)
    {
        if (Count == _servers.Length)
        {
            var size = Count + Math.Max(2, Count / 2);
            Array.Resize(ref _servers, size);
            Array.Resize(ref _counts, size * EventKinds.Count);
            Array.Resize(ref _first, size);
            Array.Resize(ref _last, size);
            Array.Resize(ref _dayKinds, size);
            Array.Resize(ref _dayCounts, size);
        }

        var slot = Count++;
        _servers[slot] = server;
        _first[slot] = _last[slot] = Times.None;
        if (_slots is not null)
        {
            _slots.Add(server, slot);
        }
        else if (Count > ScanLimit)
        {
            _slots = new Dictionary<int, int>(Count * 2);
            for (var i = 0; i < Count; i++)
            {
                _slots.Add(_servers[i], i);
            }
        }

        return slot;
    }
}
