using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The event data of one record: names compared case-insensitively, first occurrence wins, source order kept.
/// Stored as two small arrays: events carry a handful of fields, so a linear search beats a hash table in
/// both time and memory. A struct inside its record: one object fewer per event (the names array is shared between
/// events of one kind, so the values array is the only per-event part).
/// </summary>
internal readonly struct EventFields : IReadOnlyCollection<KeyValuePair<string, string>>, IEquatable<EventFields>
{
    private readonly string[] _names;
    private readonly string[] _values;

    internal EventFields(string[] names, string[] values)
    {
        _names = names;
        _values = values;
    }

    public static EventFields Empty { get; } = new([], []);

    public static bool operator ==(EventFields left, EventFields right) => left.Equals(right);

    public static bool operator !=(EventFields left, EventFields right) => !left.Equals(right);

    public int Count => _names.Length;

    /// <summary>The value of the named field, or null when the event has no such field.</summary>
    public string? this[string name] => TryGetValue(name, out var value) ? value : null;

    public static EventFields From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var names = new List<string>();
        var values = new List<string>();
        foreach (var (name, value) in pairs)
        {
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
                values.Add(value);
            }
        }

        return names.Count == 0 ? Empty : new EventFields([.. names], [.. values]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public bool Contains(string name) => TryGetValue(name, out _);

    /// <summary>The name of the field at <paramref name="index"/>, in source order.</summary>
    internal string NameAt(int index) => _names[index];

    internal string ValueAt(int index) => _values[index];

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(EventFields other)
    {
        if (other.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (!string.Equals(_names[i], other._names[i], StringComparison.Ordinal) ||
                !string.Equals(_values[i], other._values[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EventFields other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < _names.Length; i++)
        {
            hash.Add(_names[i], StringComparer.OrdinalIgnoreCase);
            hash.Add(_values[i], StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", this.Select(p => $"{p.Key}={p.Value}"));
}
