namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Parses each distinct raw name once per reader: an export names the same few thousand computers over and over, so
/// parsing (lower-casing, address checks) and a new <see cref="NetworkName"/> per event would cost more than the lookup,
/// and the aggregator then meets the same instances again. Bounded: past <see cref="MaxEntries"/> names it only parses.
/// </summary>
internal sealed class NetworkNameCache
{
    public const int MaxEntries = 1 << 16;

    private readonly Dictionary<string, NetworkName?> _parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// The reader's string pool hands out one instance per distinct name, so most raw names are found by identity; the
    /// dictionary behind catches the rest. 4096 slots of 16 bytes stay off the large object heap.
    /// </summary>
    private readonly IdentityCache<string, NetworkName?> _byInstance;

    public NetworkNameCache() => _byInstance = new(1 << 12, ParseOnce);

    public NetworkName? Parse(string? raw) => raw is null ? null : _byInstance.Get(raw);

    private NetworkName? ParseOnce(string raw)
    {
        if (!_parsed.TryGetValue(raw, out var parsed))
        {
            parsed = NetworkName.Parse(raw);
            if (_parsed.Count < MaxEntries)
            {
                _parsed.Add(raw, parsed);
            }
        }

        return parsed;
    }
}
