using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Numbers every distinct client, server and computer name once, so that tallies are keyed by small integers and
/// kept in arrays: fewer scattered objects to touch per event, which is what bounds the speed of the aggregation.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<NetworkName, int> _ids = [];
    private readonly List<NetworkName> _names = [];

    /// <summary>
    /// Ids by name instance, direct-mapped: each reader parses a raw name once (<see cref="NetworkNameCache"/>), so most
    /// events bring an instance met before, found without hashing and comparing its text as the dictionary must.
    /// </summary>
    private readonly IdentityCache<NetworkName, int> _seen;

    /// <summary>8192 slots: above the few thousand names an export part usually names.</summary>
    public NameTable() => _seen = new(1 << 13, AddOrFind);

    public int Count => _names.Count;

    public NetworkName this[int id] => _names[id];

    /// <summary>Each id's position when the names are sorted ordinally by value, so lists of ids sort without comparing strings.</summary>
    public int[] OrdinalRanks()
    {
        var ids = Enumerable.Range(0, _names.Count).ToArray();
        Array.Sort(ids, (a, b) => string.CompareOrdinal(_names[a].Value, _names[b].Value));
        var ranks = new int[ids.Length];
        for (var position = 0; position < ids.Length; position++)
        {
            ranks[ids[position]] = position;
        }

        return ranks;
    }

    public int IdOf(NetworkName name) => _seen.Get(name);

    private int AddOrFind(NetworkName name)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, name, out var exists);
        if (!exists)
        {
            id = _names.Count;
            _names.Add(name);
        }

        return id;
    }
}
