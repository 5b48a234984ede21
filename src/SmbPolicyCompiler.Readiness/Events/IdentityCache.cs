using System.Numerics;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A direct-mapped cache in front of a slower lookup, keyed by object identity: each slot holds the last instance that
/// fell in it and what the lookup gave for it. Where a pool hands out one instance per distinct name, an instance met
/// before is found without reading its characters (no hashing or comparing of text).
/// </summary>
internal sealed class IdentityCache<TKey, TValue>
    where TKey : class
{
    private readonly Entry[] _entries;
    private readonly Func<TKey, TValue> _lookUp;

    /// <param name="slots">A power of two.</param>
    /// <param name="lookUp">What a key's value is when its slot holds another instance.</param>
    public IdentityCache(int slots, Func<TKey, TValue> lookUp)
    {
        if (!BitOperations.IsPow2(slots))
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        _entries = new Entry[slots];
        _lookUp = lookUp;
    }

    public TValue Get(TKey key)
    {
        ref var entry = ref _entries[RuntimeHelpers.GetHashCode(key) & (_entries.Length - 1)];
        if (!ReferenceEquals(entry.Key, key))
        {
            entry = new Entry(key, _lookUp(key));
        }

        return entry.Value;
    }

    private readonly record struct Entry(TKey? Key, TValue Value);
}
