namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's <see cref="AlertTally"/> per (UTC day, alert ring), sorted by day then ring. Events mostly come in time
/// order, so the entry sought is nearly always among the last few: a short scan from the end finds it in the cache lines
/// the previous event touched; other entries are found by binary search.
/// </summary>
internal sealed class AlertDays
{
    private const int ScanLimit = 4;
    private long[] _keys = new long[2];
    private AlertTally[] _tallies = new AlertTally[2];
    private int _count;

    public int Count => _count;

    /// <summary>The entries in (day, ring) order.</summary>
    public IEnumerable<KeyValuePair<(int Day, int Ring), AlertTally>> Pairs
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return new KeyValuePair<(int Day, int Ring), AlertTally>(((int)(_keys[i] >> 32), (int)_keys[i]), _tallies[i]);
            }
        }
    }

    /// <summary>The tally of a day and ring, added empty when new.</summary>
    public ref AlertTally Get(int day, int ring)
    {
        var key = ((long)day << 32) | (uint)ring;
        var index = Find(key);
        if (index < 0)
        {
            index = ~index;
            Insert(index, key);
        }

        return ref _tallies[index];
    }

    /// <summary>The key's index, or the bitwise complement of where it belongs.</summary>
    private int Find(long key)
    {
        var stop = Math.Max(0, _count - ScanLimit);
        for (var i = _count - 1; i >= stop; i--)
        {
            if (_keys[i] == key)
            {
                return i;
            }

            if (_keys[i] < key)
            {
                return ~(i + 1);
            }
        }

        return Array.BinarySearch(_keys, 0, stop, key);
    }

    private void Insert(int index, long key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _tallies, _count * 2);
        }

        Array.Copy(_keys, index, _keys, index + 1, _count - index);
        Array.Copy(_tallies, index, _tallies, index + 1, _count - index);
        _keys[index] = key;
        _tallies[index] = AlertTally.Empty;
        _count++;
    }
}
