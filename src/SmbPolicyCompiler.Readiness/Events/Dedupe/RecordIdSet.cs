using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The record ids seen for one (computer, channel), in blocks of 65,536 ids: a block holds a sorted array of
/// 16-bit offsets (2 bytes per id) until it has 4,096 of them, then an 8 KiB bitmap. Record ids of one log are
/// consecutive, so an export costs about 1 bit per id (2 bytes when filtered to a few ids); only ids scattered
/// more than 65,536 apart cost a block each (about 100 bytes).
/// </summary>
internal sealed class RecordIdSet
{
    private const int ArrayLimit = 4096;
    private readonly Dictionary<long, Block> _blocks = [];
    private long _lastKey = long.MinValue;
    private Block? _lastBlock;

    public long Count { get; private set; }

    public long ApproximateBytes => _blocks.Values.Sum(b => (long)b.Bytes) + (_blocks.Count * 48L);

    /// <summary>Adds the id; false when it was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(long id)
    {
        var key = id >> 16;
        if (key != _lastKey || _lastBlock is null)
        {
            if (!_blocks.TryGetValue(key, out var block))
            {
                block = new Block();
                _blocks.Add(key, block);
            }

            _lastKey = key;
            _lastBlock = block;
        }

        if (!_lastBlock.Add((ushort)(id & 0xFFFF)))
        {
            return false;
        }

        Count++;
        return true;
    }

    private sealed class Block
    {
        private ushort[] _sorted = new ushort[4];
        private int _count;
        private ulong[]? _bits;

        public int Bytes => _bits is null ? _sorted.Length * 2 : _bits.Length * 8;

        public bool Add(ushort value)
        {
            if (_bits is not null)
            {
                ref var word = ref _bits[value >> 6];
                var mask = 1UL << (value & 63);
                if ((word & mask) != 0)
                {
                    return false;
                }

                word |= mask;
                return true;
            }

            var index = _count > 0 && _sorted[_count - 1] < value ? _count : Array.BinarySearch(_sorted, 0, _count, value);
            if (index < 0)
            {
                index = ~index;
            }
            else if (index < _count)
            {
                return false;
            }

            Insert(index, value);
            return true;
        }

        private void Insert(int index, ushort value)
        {
            if (_count == ArrayLimit)
            {
                _bits = new ulong[1024];
                foreach (var existing in _sorted.AsSpan(0, _count))
                {
                    _bits[existing >> 6] |= 1UL << (existing & 63);
                }

                _bits[value >> 6] |= 1UL << (value & 63);
                _sorted = [];
                return;
            }

            if (_count == _sorted.Length)
            {
                Array.Resize(ref _sorted, Math.Min(_sorted.Length * 2, ArrayLimit));
            }

            Array.Copy(_sorted, index, _sorted, index + 1, _count - index);
            _sorted[index] = value;
            _count++;
        }
    }
}
