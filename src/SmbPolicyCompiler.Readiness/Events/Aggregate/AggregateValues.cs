using System.Globalization;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// Reads the values of an aggregate row as the SIEMs export them: days as 2026-11-20 (or a datetime at that day's UTC
/// midnight), times as ISO 8601 with Z or an offset, counts and ids as numbers or numeric text, and lists (users, SPNs)
/// as a JSON array, as JSON array text in one cell (Sentinel's dynamic columns) or one value per line (Splunk's
/// multivalue fields). Each method returns null with the reason in <paramref name="error"/> when the value is unusable.
/// </summary>
internal static class AggregateValues
{
    public const int MaxListItems = 1000;

    public static DateOnly? Day(ReadOnlySpan<char> text, out string? error)
    {
        error = null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (Time(text, out _) is { } at && at.TimeOfDay == TimeSpan.Zero)
        {
            return DateOnly.FromDateTime(at);
        }

        error = $"Day '{Shorten(text)}' is not a date (yyyy-MM-dd)";
        return null;
    }

    /// <summary>A time in UTC; it must say its offset (Z or ±hh:mm), as the aggregate format requires.</summary>
    public static DateTime? Time(ReadOnlySpan<char> text, out string? error)
    {
        error = null;
        text = text.Trim();
        var hasOffset = text.Length >= 19 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-' || text[^5] is '+' or '-');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at.UtcDateTime;
        }

        error = $"'{Shorten(text)}' is not an ISO 8601 time with Z or an offset";
        return null;
    }

    public static long? Count(ReadOnlySpan<char> text, out string? error)
    {
        error = null;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }

        error = $"Count '{Shorten(text)}' is not a whole number of 1 or more";
        return null;
    }

    public static int? EventId(ReadOnlySpan<char> text, out string? error)
    {
        error = null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        error = $"EventId '{Shorten(text)}' is not a number";
        return null;
    }

    /// <summary>A list cell: empty, JSON array text, or values one per line (a single value is a list of one).</summary>
    public static string[] List(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text is "[]")
        {
            return [];
        }

        if (text[0] == '[')
        {
            try
            {
                using var document = JsonDocument.Parse(text.ToString());
                return List(document.RootElement);
            }
            catch (JsonException)
            {
                // Not JSON after all: a value that starts with '[' is a value.
            }
        }

        var items = new List<string>();
        foreach (var range in text.SplitAny('\n', '\r'))
        {
            var item = text[range].Trim();
            if (!item.IsEmpty && items.Count < MaxListItems)
            {
                items.Add(item.ToString());
            }
        }

        return [.. items];
    }

    /// <summary>A list from JSON: an array of strings (other items as their JSON text), a string (parsed as a cell) or null.</summary>
    public static string[] List(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Take(MaxListItems).Select(Text).Where(t => t.Length > 0)],
        JsonValueKind.String => List(value.GetString().AsSpan()),
        JsonValueKind.Null or JsonValueKind.Undefined => [],
        _ => [value.GetRawText()],
    };

    /// <summary>A JSON value as the text a CSV cell would hold.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
