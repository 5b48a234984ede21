using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Parses "column=Field" pairs given on the command line into <see cref="EventReadOptions.CsvColumns"/>.</summary>
public static class CsvColumnMap
{
    public static bool TryParse(IEnumerable<string> pairs, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? map, [NotNullWhen(false)] out string? error)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            var column = equals > 0 ? pair[..equals].Trim() : string.Empty;
            var target = equals > 0 ? pair[(equals + 1)..].Trim() : string.Empty;
            if (column.Length == 0 || target.Length == 0)
            {
                map = null;
                error = $"'{pair}' is not a column mapping; write column=Field, e.g. \"Client=ClientName\".";
                return false;
            }

            if (!result.TryAdd(column, target))
            {
                map = null;
                error = $"Column '{column}' is mapped twice.";
                return false;
            }
        }

        map = result;
        error = null;
        return true;
    }
}
