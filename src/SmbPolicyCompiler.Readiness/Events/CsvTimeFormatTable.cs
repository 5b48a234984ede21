using System.Collections.Frozen;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Date formats of Export-Csv's culture-formatted TimeCreated for common cultures. The program runs with
/// invariant globalization, so culture data is not available at run time; these are the short-date + long-time
/// patterns of those cultures (single letters accept one or two digits).
/// </summary>
internal static class CsvTimeFormatTable
{
    private static readonly FrozenDictionary<string, string[]> ByCulture = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["en-US"] = ["M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss"],
        ["en-GB"] = ["d/M/yyyy H:mm:ss"],
        ["fr-FR"] = ["d/M/yyyy H:mm:ss"],
        ["it-IT"] = ["d/M/yyyy H:mm:ss"],
        ["es-ES"] = ["d/M/yyyy H:mm:ss"],
        ["de-DE"] = ["d.M.yyyy H:mm:ss"],
        ["de-CH"] = ["d.M.yyyy H:mm:ss"],
        ["pl-PL"] = ["d.M.yyyy H:mm:ss"],
        ["ru-RU"] = ["d.M.yyyy H:mm:ss"],
        ["nl-NL"] = ["d-M-yyyy H:mm:ss"],
        ["ja-JP"] = ["yyyy/M/d H:mm:ss"],
        ["zh-CN"] = ["yyyy/M/d H:mm:ss"],
        ["sv-SE"] = ["yyyy-MM-dd H:mm:ss"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tried in order when no culture is given: US with AM/PM first, then day-first forms.</summary>
    private static readonly string[] Guess =
        ["M/d/yyyy h:mm:ss tt", "d.M.yyyy H:mm:ss", "d/M/yyyy H:mm:ss", "d-M-yyyy H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm:ss"];

    public static IEnumerable<string> Cultures => ByCulture.Keys.Order(StringComparer.Ordinal);

    public static bool IsKnown(string culture) => ByCulture.ContainsKey(culture);

    public static string[] Formats(IReadOnlyList<string> explicitFormats, string? culture)
    {
        var cultureFormats = culture is not null && ByCulture.TryGetValue(culture, out var known) ? known : Guess;
        return [.. explicitFormats, .. cultureFormats];
    }
}
