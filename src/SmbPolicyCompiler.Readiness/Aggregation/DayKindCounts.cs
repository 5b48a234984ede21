namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Events per (UTC day, kind index): one row of <see cref="EventKinds.Count"/> cells per day, the days sorted. Events
/// mostly come in time order, so the row sought is nearly always the last one: a cell next to the previous event's,
/// where a dictionary keyed by day and kind touches two arrays of hundreds of entries per computer.
/// </summary>
internal sealed class DayKindCounts
{
    /// <summary>A cell: 0 when never counted, else <see cref="Counted"/> | count, so that a count of zero still marks its day and kind.</summary>
    private const long Counted = 1L << 32;

    private int[] _days = new int[4];
    private long[] _cells = new long[4 * EventKinds.Count];
    private int _count;

    /// <summary>The counted (day number × kind count + kind index) keys with their counts, in ascending key order.</summary>
    public IEnumerable<KeyValuePair<int, int>> Pairs
    {
        get
        {
            for (var row = 0; row < _count; row++)
            {
                for (var kind = 0; kind < EventKinds.Count; kind++)
                {
                    var cell = _cells[(row * EventKinds.Count) + kind];
                    if (cell != 0)
                    {
                        yield return new KeyValuePair<int, int>((_days[row] * EventKinds.Count) + kind, (int)cell);
                    }
                }
            }
        }
    }

    public void Add(int day, int kind, long count)
    {
        var row = _count > 0 && _days[_count - 1] == day ? _count - 1 : Array.BinarySearch(_days, 0, _count, day);
        if (row < 0)
        {
            row = ~row;
            Insert(row, day);
        }

        ref var cell = ref _cells[(row * EventKinds.Count) + kind];
        cell = Counted | (uint)Counts.Saturated((int)cell, count);
    }

    private void Insert(int row, int day)
    {
        if (_count == _days.Length)
        {
            Array.Resize(ref _days, _count * 2);
            Array.Resize(ref _cells, _count * 2 * EventKinds.Count);
        }

        Array.Copy(_days, row, _days, row + 1, _count - row);
        Array.Copy(_cells, row * EventKinds.Count, _cells, (row + 1) * EventKinds.Count, (_count - row) * EventKinds.Count);
        _days[row] = day;
        Array.Clear(_cells, row * EventKinds.Count, EventKinds.Count);
        _count++;
    }
}
