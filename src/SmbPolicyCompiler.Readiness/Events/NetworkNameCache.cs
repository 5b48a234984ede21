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

    public NetworkName? Parse(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (_parsed.TryGetValue(raw, out var known))
        {
            return known;
        }

        var parsed = NetworkName.Parse(raw);
        if (_parsed.Count < MaxEntries)
        {
            _parsed.Add(raw, parsed);
        }

        return parsed;
    }
}
