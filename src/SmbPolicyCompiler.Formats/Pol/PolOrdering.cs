using System.Collections.Immutable;
using System.Globalization;

namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>
/// The deterministic record order back ends write: keys ordinal-ignore-case; within a key <c>**delvals.</c>
/// first (it must precede the values it should not wipe), then the other <c>**</c> directives, then values,
/// each by name (ordinal-ignore-case, then ordinal). Same as PolicyPlus/PolicyFileEditor, and grouped by key like GPMC.
/// </summary>
public static class PolOrdering
{
    /// <summary>The records in canonical order. Two records for the same key and value name (ignoring case) are an error.</summary>
    public static ImmutableArray<PolRecord> Canonical(IEnumerable<PolRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sorted = records.Order(Comparer.Instance).ToImmutableArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (SameSlot(sorted[i - 1], sorted[i]))
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Two registry.pol records set key '{sorted[i].Key}' value '{sorted[i].ValueName}' ({sorted[i - 1].Value} and {sorted[i].Value}); each value may be set once."),
                    nameof(records));
            }
        }

        return sorted;
    }

    private static bool SameSlot(PolRecord a, PolRecord b) =>
        string.Equals(a.Key, b.Key, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(a.ValueName, b.ValueName, StringComparison.OrdinalIgnoreCase);

    private static int Rank(PolRecord record) =>
        PolDirectives.IsDeleteAllValues(record.ValueName) ? 0 : record.IsDirective ? 1 : 2;

    private sealed class Comparer : IComparer<PolRecord>
    {
        public static readonly Comparer Instance = new();

        public int Compare(PolRecord? x, PolRecord? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var order = string.Compare(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);
            if (order == 0)
            {
                order = Rank(x).CompareTo(Rank(y));
            }

            if (order == 0)
            {
                order = string.Compare(x.ValueName, y.ValueName, StringComparison.OrdinalIgnoreCase);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.ValueName, y.ValueName);
            }

            return order == 0 ? string.CompareOrdinal(x.Key, y.Key) : order;
        }
    }
}
