namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// Server and client names of an aggregate, normalised once per distinct spelling (an aggregate repeats each name on
/// many rows): looked up by the span the reader holds, so a known name costs no string. Null for a name readiness
/// cannot use (empty, "-", a bare number).
/// </summary>
internal sealed class AggregateNames
{
    private const int MaxNames = 1 << 20;
    private readonly Dictionary<string, NetworkName?> _byRaw = new(StringComparer.Ordinal);

    public NetworkName? Get(ReadOnlySpan<char> raw)
    {
        var lookup = _byRaw.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var known))
        {
            return known;
        }

        var text = raw.ToString();
        var name = NetworkName.Parse(text);
        if (_byRaw.Count < MaxNames)
        {
            _byRaw[text] = name;
        }

        return name;
    }
}
