using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Numbers every distinct client, server and computer name once, so that tallies are keyed by small integers and
/// kept in arrays: fewer scattered objects to touch per event, which is what bounds the speed of the aggregation.
/// </summary>
internal sealed class NameTable
{
    /// <summary>A power of two, above the few thousand names an export part usually names.</summary>
    private const int SeenSize = 1 << 13;

    private readonly Dictionary<NetworkName, int> _ids = [];
    private readonly List<NetworkName> _names = [];

    /// <summary>
    /// Ids by name instance, direct-mapped: each reader parses a raw name once (<see cref="NetworkNameCache"/>), so most
    /// events bring an instance met before, found without hashing and comparing its text as the dictionary must.
    /// </summary>
    private readonly Seen[] _seen = new Seen[SeenSize];

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

    public int IdOf(NetworkName name)
    {
        ref var seen = ref _seen[RuntimeHelpers.GetHashCode(name) & (SeenSize - 1)];
        if (ReferenceEquals(seen.Name, name))
        {
            return seen.Id;
        }

        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, name, out var exists);
        if (!exists)
        {
            id = _names.Count;
            _names.Add(name);
        }

        seen = new Seen(name, id);
        return id;
    }

    private readonly record struct Seen(NetworkName? Name, int Id);
}
