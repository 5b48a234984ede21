namespace SmbPolicyCompiler.Core.Schema;

/// <summary>Suggests the known name closest to a misspelt one ("did you mean ...?").</summary>
public static class NameSuggester
{
    public static string? Suggest(string actual, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (string.Equals(candidate, actual, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(actual.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, actual.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Edits between the two (insert, delete, substitute, or swap two neighbours: "dupm" is one from "dump").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
