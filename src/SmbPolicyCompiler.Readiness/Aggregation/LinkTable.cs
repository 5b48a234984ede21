namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events per server (by name id; <see cref="NoServer"/> when the event named none) and kind, with the
/// first and last time per server. Per server also the UTC days it was named on, each with a bit per kind (for the
/// burn-down: blocking clients per day), packed as day &lt;&lt; 32 | kinds (the catalogue has fewer than 32 events), searched
/// from the end (events mostly come in time order). Clients come in random order, so their tables are rarely in cache:
/// a server is found through an open-addressing index whose cell holds both the server and its slot, and a slot is one
/// row of adjacent cells (server, day count, times, counts per kind, the first <see cref="InlineDays"/> days), so one
/// event touches about three cache lines and a server costs no array of its own unless it is seen on more days.
/// </summary>
internal sealed class LinkTable
{
    public const int NoServer = -1;
    private const int EmptyCell = 0;

    /// <summary>Days kept in the row; a server seen on more days moves them all to an array of its own.</summary>
    private const int InlineDays = 8;
    private const int ServerCell = 0;
    private const int DayCountCell = 1;
    private const int FirstCell = 2;
    private const int LastCell = 3;
    private const int CountsCell = 4;
    private static readonly int DaysCell = CountsCell + EventKinds.Count;
    private static readonly int RowLength = DaysCell + InlineDays;

    private long[] _rows = new long[2 * RowLength];
    private long[]?[]? _moreDays;

    /// <summary>Pairs of (server, slot + 1); <see cref="EmptyCell"/> in the second marks a free pair. Twice as many pairs as slots, a power of two.</summary>
    private int[] _index = new int[2 * 4];
    private int _shift = 32 - 2;

    public int Count { get; private set; }

    public int Server(int slot) => (int)_rows[(slot * RowLength) + ServerCell];

    public long CountOf(int slot, int kind) => _rows[(slot * RowLength) + CountsCell + kind];

    public ReadOnlySpan<long> Kinds(int slot) => _rows.AsSpan((slot * RowLength) + CountsCell, EventKinds.Count);

    public long First(int slot) => _rows[(slot * RowLength) + FirstCell];

    public long Last(int slot) => _rows[(slot * RowLength) + LastCell];

    /// <summary>
    /// The UTC days of this server's timed events, one cell per day: <see cref="DayOf"/> gives its day number and
    /// <see cref="KindsOf"/> a bit per kind index seen that day.
    /// </summary>
    public ReadOnlySpan<long> DayKinds(int slot)
    {
        var row = slot * RowLength;
        var count = (int)_rows[row + DayCountCell];
        return count <= InlineDays ? _rows.AsSpan(row + DaysCell, count) : _moreDays![slot].AsSpan(0, count);
    }

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
        var row = _rows.AsSpan(slot * RowLength, RowLength);
        row[CountsCell + kind] += count;
        Times.Widen(ref row[FirstCell], ref row[LastCell], first);
        Times.Widen(ref row[FirstCell], ref row[LastCell], last);
        if (first != Times.None)
        {
            AddDay(row, slot, ClientTally.DayNumber(first), kind);
        }
    }

    private void AddDay(Span<long> row, int slot, int day, int kind)
    {
        var count = (int)row[DayCountCell];
        var days = count <= InlineDays ? row.Slice(DaysCell, InlineDays) : _moreDays![slot];
        for (var i = count - 1; i >= 0; i--)
        {
            if (DayOf(days[i]) == day)
            {
                days[i] |= 1L << kind;
                return;
            }
        }

        if (count >= InlineDays)
        {
            days = MoreDays(slot, days, count);
        }

        days[count] = ((long)day << 32) | (1L << kind);
        row[DayCountCell] = count + 1;
    }

    /// <summary>Room for one more day in the server's own array (made when the row's days run out).</summary>
    private Span<long> MoreDays(int slot, Span<long> days, int count)
    {
        if (count == InlineDays)
        {
            _moreDays ??= new long[]?[_rows.Length / RowLength];
            var moved = new long[2 * InlineDays];
            days[..count].CopyTo(moved);
            return _moreDays[slot] = moved;
        }

        if (count == days.Length)
        {
            Array.Resize(ref _moreDays![slot], count * 2);
        }

        return _moreDays![slot];
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
        if ((Count + 1) * RowLength > _rows.Length)
        {
            var size = 2 * Count;
            Array.Resize(ref _rows, size * RowLength);
            if (_moreDays is not null)
            {
                Array.Resize(ref _moreDays, size);
            }
        }

        var slot = Count++;
        var row = _rows.AsSpan(slot * RowLength, RowLength);
        row[ServerCell] = server;
        row[FirstCell] = Times.None;
        row[LastCell] = Times.None;
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
            var server = Server(slot);
            var pair = Home(server);
            while (_index[(2 * pair) + 1] != EmptyCell)
            {
                pair = (pair + 1) & mask;
            }

            (_index[2 * pair], _index[(2 * pair) + 1]) = (server, slot + 1);
        }
    }
}
