namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Events per UTC day number, in one array sorted by day (cells packed day &lt;&lt; 32 | count). Events mostly come in
/// time order, so the day sought is nearly always the last cell: one cache line per event, where a dictionary touches
/// two scattered arrays of a client that is rarely still in cache. Other days are found by binary search.
/// </summary>
internal struct DayCountList
{
    private long[]? _cells;
    private int _count;

    public readonly int Count => _count;

    /// <summary>The days in ascending order with their counts.</summary>
    public readonly IEnumerable<KeyValuePair<int, int>> Pairs => Enumerate(_cells, _count);

    public void Add(int day, long count)
    {
        var cells = _cells;
        var index = _count > 0 && DayOf(cells![_count - 1]) == day ? _count - 1 : Find(day);
        if (index >= 0)
        {
            cells![index] = Cell(day, Counts.Saturated(CountOf(cells[index]), count));
            return;
        }

        Insert(~index, Cell(day, Counts.Saturated(0, count)));
    }

    private static long Cell(int day, int count) => ((long)day << 32) | (uint)count;

    private static int DayOf(long cell) => (int)(cell >> 32);

    private static int CountOf(long cell) => (int)cell;

    private static IEnumerable<KeyValuePair<int, int>> Enumerate(long[]? cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new KeyValuePair<int, int>(DayOf(cells![i]), CountOf(cells[i]));
        }
    }

    /// <summary>The day's index, or the bitwise complement of where it belongs.</summary>
    private readonly int Find(int day)
    {
        var (low, high) = (0, _count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = DayOf(_cells![middle]);
            if (found == day)
            {
                return middle;
            }

            (low, high) = found < day ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }

    private void Insert(int index, long cell)
    {
        if (_cells is null || _count == _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(4, _count * 2));
        }

        Array.Copy(_cells, index, _cells, index + 1, _count - index);
        _cells[index] = cell;
        _count++;
    }
}
