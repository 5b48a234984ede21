namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// The ordinally smallest distinct strings up to a limit (each cut to a maximum length), so the same values are kept
/// whatever order they arrive in (raw events and a SIEM's aggregate of them give the same set); further distinct values
/// only set <see cref="Overflowed"/>, so a hostile export with a new user name in every event cannot grow memory with
/// the number of events.
/// </summary>
internal sealed class CappedSet(int limit, int maxLength = CappedSet.DefaultMaxLength)
{
    public const int DefaultMaxLength = 256;

    private HashSet<string>? _values;
    private string? _largest;

    /// <summary>The value added last: adding it again changes nothing, and a client's events mostly repeat its user and SPN.</summary>
    private string? _last;

    /// <summary>True when a value was dropped because the set was full (how many distinct ones is not known).</summary>
    public bool Overflowed { get; private set; }

    public IReadOnlyCollection<string> Values => (IReadOnlyCollection<string>?)_values ?? [];

    public void Add(string value)
    {
        if (ReferenceEquals(value, _last))
        {
            return;
        }

        _last = value;
        var kept = value.Length > maxLength ? string.Concat(value.AsSpan(0, maxLength), "…") : value;
        _values ??= new HashSet<string>(StringComparer.Ordinal);
        if (_values.Contains(kept))
        {
            return;
        }

        if (_values.Count < limit)
        {
            _values.Add(kept);
            _largest = _largest is null || string.CompareOrdinal(kept, _largest) > 0 ? kept : _largest;
            return;
        }

        Overflowed = true;
        if (string.CompareOrdinal(kept, _largest) < 0)
        {
            _values.Remove(_largest!);
            _values.Add(kept);
            _largest = _values.Max(StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<string> Sorted() => [.. Values.Order(StringComparer.Ordinal)];
}
