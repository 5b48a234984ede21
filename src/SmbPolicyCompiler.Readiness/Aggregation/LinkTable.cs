namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events per server (by name id; <see cref="NoServer"/> when the event named none) and kind, with the
/// first and last time per server. Per server also the UTC days it was named on, each with a bit per kind (for the
/// burn-down: blocking clients per day), packed as day &lt;&lt; 32 | kinds (the catalogue has fewer than 32 events) in a
/// small array searched from its end (events mostly come in time order). Clients come in random order, so their tables
/// are rarely in cache: a server is found through an open-addressing index whose cell holds both the server and its slot,
/// and the slot's times and days sit together, so one event touches about four cache lines.
/// </summary>
internal sealed class LinkTable
{
    public const int NoServer = -1;
    private const int EmptyCell = 0;

    private Link[] _links = new Link[2];
    private long[] _counts = new long[2 * EventKinds.Count];

    /// <summary>Pairs of (server, slot + 1); <see cref="EmptyCell"/> in the second marks a free pair. Twice as many pairs as slots, a power of two.</summary>
    private int[] _index = new int[2 * 4];
    private int _shift = 32 - 2;

    public int Count { get; private set; }

    public int Server(int slot) => _links[slot].Server;

    public long CountOf(int slot, int kind) => _counts[(slot * EventKinds.Count) + kind];

    public ReadOnlySpan<long> Kinds(int slot) => _counts.AsSpan(slot * EventKinds.Count, EventKinds.Count);

    public long First(int slot) => _links[slot].First;

    public long Last(int slot) => _links[slot].Last;

    /// <summary>
    /// The UTC days of this server's timed events, one cell per day: <see cref="DayOf"/> gives its day number and
    /// <see cref="KindsOf"/> a bit per kind index seen that day.
    /// </summary>
    public ReadOnlySpan<long> DayKinds(int slot) => _links[slot].Days is { } days ? days.AsSpan(0, _links[slot].DayCount) : [];

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

    /// <summary>Events per kind index over all servers.</summary>
    public long[] KindTotals()
    {
        var totals = new long[EventKinds.Count];
        for (var slot = 0; slot < Count; slot++)
        {
            var kinds = Kinds(slot);
            for (var kind = 0; kind < totals.Length; kind++)
            {
                totals[kind] += kinds[kind];
            }
        }

        return totals;
    }

    public void Add(int server, int kind, long count, long first, long last)
    {
        var slot = SlotOf(server);
        _counts[(slot * EventKinds.Count) + kind] += count;
        ref var link = ref _links[slot];
        Times.Widen(ref link.First, ref link.Last, first);
        Times.Widen(ref link.First, ref link.Last, last);
        if (first != Times.None)
        {
            AddDay(ref link, ClientTally.DayNumber(first), kind);
        }
    }

    private static void AddDay(ref Link link, int day, int kind)
    {
        var days = link.Days;
        var count = link.DayCount;
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
            link.Days = days;
        }

        days[count] = ((long)day << 32) | (1L << kind);
        link.DayCount = count + 1;
    }

    private int SlotOf(int server)
    {
        var mask = (_index.Length / 2) - 1;
        for (var pair = Home(server); ; pair = (pair + 1) & mask)
        {
            var slotPlusOne = _index[(2 * pair) + 1];
            if (slotPlusOne == EmptyCell)
            {
                return Append(server, pair);
            }

            if (_index[2 * pair] == server)
            {
                return slotPlusOne - 1;
            }
        }
    }

    private int Home(int server) => (int)(((uint)server * 0x9E3779B9u) >> _shift);

    private int Append(int server, int pair)
    {
        if (Count == _links.Length)
        {
            var size = Count + Math.Max(2, Count / 2);
            Array.Resize(ref _links, size);
            Array.Resize(ref _counts, size * EventKinds.Count);
        }

        var slot = Count++;
        _links[slot] = new Link { Server = server, First = Times.None, Last = Times.None };
        (_index[2 * pair], _index[(2 * pair) + 1]) = (server, slot + 1);
        if (Count * 2 > _index.Length / 2)
        {
            Rehash();
        }

        return slot;
    }

    private void Rehash()
    {
        _index = new int[_index.Length * 2];
        _shift--;
        var mask = (_index.Length / 2) - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var server = _links[slot].Server;
            var pair = Home(server);
            while (_index[(2 * pair) + 1] != EmptyCell)
            {
                pair = (pair + 1) & mask;
            }

            (_index[2 * pair], _index[(2 * pair) + 1]) = (server, slot + 1);
        }
    }

    private struct Link
    {
        public int Server;
        public int DayCount;
        public long First;
        public long Last;
        public long[]? Days;
    }
}
