namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Distinct strings up to a limit (each cut to a maximum length); further distinct values are only counted, so a
/// hostile export with a new user name in every event cannot grow memory with the number of events.
/// </summary>
internal sealed class CappedSet(int limit, int maxLength = CappedSet.DefaultMaxLength)
{
    public const int DefaultMaxLength = 256;

    private HashSet<string>? _values;

    /// <summary>True when a value was dropped because the set was full (how many distinct ones is not known).</summary>
    public bool Overflowed { get; private set; }

    public IReadOnlyCollection<string> Values => (IReadOnlyCollection<string>?)_values ?? [];

    public void Add(string value)
    {
        var kept = value.Length > maxLength ? string.Concat(value.AsSpan(0, maxLength), "…") : value;
        _values ??= new HashSet<string>(StringComparer.Ordinal);
        if (_values.Contains(kept))
        {
            return;
        }

        if (_values.Count < limit)
        {
            _values.Add(kept);
        }
        else
        {
            Overflowed = true;
        }
    }

    public IReadOnlyList<string> Sorted() => [.. Values.Order(StringComparer.Ordinal)];
}
