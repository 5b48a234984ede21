using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Parses each distinct raw name once per reader: an export names the same few thousand computers over and over, so
/// parsing (lower-casing, address checks) and a new <see cref="NetworkName"/> per event would cost more than the lookup,
/// and the aggregator then meets the same instances again. Bounded: past <see cref="MaxEntries"/> names it only parses.
/// </summary>
internal sealed class NetworkNameCache
{
    public const int MaxEntries = 1 << 16;

    /// <summary>
    /// The reader's string pool hands out one instance per distinct name, so a slot chosen by the instance's identity
    /// finds it without reading (hashing, comparing) its characters; the dictionary behind catches the rest.
    /// 4096 slots of 16 bytes stay off the large object heap.
    /// </summary>
    private const int InstanceSlots = 1 << 12;
    private readonly (string? Raw, NetworkName? Parsed)[] _byInstance = new (string?, NetworkName?)[InstanceSlots];
    private readonly Dictionary<string, NetworkName?> _parsed = new(StringComparer.Ordinal);

    public NetworkName? Parse(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        ref var slot = ref _byInstance[RuntimeHelpers.GetHashCode(raw) & (InstanceSlots - 1)];
        if (ReferenceEquals(slot.Raw, raw))
        {
            return slot.Parsed;
        }

        if (!_parsed.TryGetValue(raw, out var parsed))
        {
            parsed = NetworkName.Parse(raw);
            if (_parsed.Count < MaxEntries)
            {
                _parsed.Add(raw, parsed);
            }
        }

        slot = (raw, parsed);
        return parsed;
    }
}
