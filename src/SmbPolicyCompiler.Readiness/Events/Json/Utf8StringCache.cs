using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The strings of short JSON values met before, found by their raw bytes (escapes and all, so one spelling is one
/// string): client and server names, ids and channels repeat across events, and finding them by their bytes skips
/// decoding to UTF-16 and hashing that. Bounded like <see cref="StringPool"/>: once full, values are decoded as usual.
/// </summary>
/// <remarks>
/// Like <see cref="RecentStrings"/>, a slot (the n-th field, the channel) remembers its last entry: consecutive events
/// mostly repeat it, and one comparison finds it without hashing.
/// </remarks>
internal sealed class Utf8StringCache(int slots)
{
    internal const int MaxEntries = 1 << 15;
    internal const int MaxLength = StringPool.MaxLength;
    private const int FirstCapacity = 256;

    private readonly Entry?[] _recent = new Entry?[slots];
    private Entry?[] _entries = new Entry?[FirstCapacity];

    /// <summary>Each entry's hash beside it, so that probing past other entries does not read them (most are not in cache).</summary>
    private uint[] _hashes = new uint[FirstCapacity];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Find(ReadOnlySpan<byte> raw, int slot)
    {
        var recent = (uint)slot < (uint)_recent.Length ? _recent[slot] : null;
        if (recent is not null && raw.SequenceEqual(recent.Raw))
        {
            return recent.Text;
        }

        var found = Find(raw, ShortKeyHash.Of(raw));
        if (found is not null && (uint)slot < (uint)_recent.Length)
        {
            _recent[slot] = found;
        }

        return found?.Text;
    }

    /// <summary>Remembers <paramref name="text"/> as what <paramref name="raw"/> reads as; ignored when too long or full.</summary>
    public void Add(ReadOnlySpan<byte> raw, string text, int slot)
    {
        var hash = ShortKeyHash.Of(raw);
        if (raw.Length > MaxLength || _count >= MaxEntries || Find(raw, hash) is not null)
        {
            return;
        }

        var entry = new Entry(hash, raw.ToArray(), text);
        Place(_entries, _hashes, entry);
        if ((uint)slot < (uint)_recent.Length)
        {
            _recent[slot] = entry;
        }

        if (++_count * 2 > _entries.Length)
        {
            var old = _entries;
            _entries = new Entry?[old.Length * 2];
            _hashes = new uint[old.Length * 2];
            foreach (var known in old)
            {
                if (known is not null)
                {
                    Place(_entries, _hashes, known);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry? Find(ReadOnlySpan<byte> raw, uint hash)
    {
        var entries = _entries;
        var hashes = _hashes;
        var mask = entries.Length - 1;
        for (var index = (int)(hash & mask); entries[index] is { } entry; index = (index + 1) & mask)
        {
            if (hashes[index] == hash && raw.SequenceEqual(entry.Raw))
            {
                return entry;
            }
        }

        return null;
    }

    private static void Place(Entry?[] entries, uint[] hashes, Entry entry)
    {
        var mask = entries.Length - 1;
        var index = (int)(entry.Hash & mask);
        while (entries[index] is not null)
        {
            index = (index + 1) & mask;
        }

        entries[index] = entry;
        hashes[index] = entry.Hash;
    }

    private sealed record Entry(uint Hash, byte[] Raw, string Text);
}
