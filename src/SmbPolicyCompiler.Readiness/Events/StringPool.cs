using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Shares the strings that repeat across events (computer, channel, provider, field names, short values) so that
/// reading a million events does not allocate a million copies of them. Bounded: once full, strings are
/// allocated as usual, so memory never grows with the number of events.
/// </summary>
/// <remarks>
/// Looked up for most values of every event, so it is its own open-addressing table (linear probing, the hash kept
/// beside each string) rather than a Dictionary: no comparer behind an interface, and a miss rarely compares text.
/// </remarks>
internal sealed class StringPool
{
    internal const int MaxEntries = 1 << 16;
    internal const int MaxLength = 64;
    private const int FirstCapacity = 256;

    private string?[] _strings = new string?[FirstCapacity];
    private uint[] _hashes = new uint[FirstCapacity];

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var hash = ShortKeyHash.Of(MemoryMarshal.AsBytes(text));
        var mask = _strings.Length - 1;
        var index = (int)(hash & mask);
        while (true)
        {
            var pooled = _strings[index];
            if (pooled is null)
            {
                break;
            }

            if (_hashes[index] == hash && text.SequenceEqual(pooled))
            {
                return pooled;
            }

            index = (index + 1) & mask;
        }

        var created = text.ToString();
        if (Count < MaxEntries)
        {
            _strings[index] = created;
            _hashes[index] = hash;
            if (++Count * 2 > _strings.Length)
            {
                Grow();
            }
        }

        return created;
    }

    /// <summary>Doubles the table (kept at most half full), so that a small file costs a small table.</summary>
    private void Grow()
    {
        var (strings, hashes) = (_strings, _hashes);
        _strings = new string?[strings.Length * 2];
        _hashes = new uint[strings.Length * 2];
        var mask = _strings.Length - 1;
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings[i] is not { } pooled)
            {
                continue;
            }

            var index = (int)(hashes[i] & mask);
            while (_strings[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _strings[index] = pooled;
            _hashes[index] = hashes[i];
        }
    }
}
