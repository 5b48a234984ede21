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
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && Digits(text[..4], out var y) && Digits(text.Slice(5, 2), out var m) && Digits(text.Slice(8, 2), out var d) &&
            y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

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
        if (TryParseUtc(text, out var utc))
        {
            return utc;
        }

        var hasOffset = text.Length >= 19 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-' || text[^5] is '+' or '-');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at.UtcDateTime;
        }

        error = $"'{Shorten(text)}' is not an ISO 8601 time with Z or an offset";
        return null;
    }

    /// <summary>
    /// The form the generated queries write, parsed without the general parser (two per row, so it matters at 10
    /// million rows): yyyy-MM-ddTHH:mm:ss, up to 7 fraction digits, Z. Anything else goes the general way.
    /// </summary>
    private static bool TryParseUtc(ReadOnlySpan<char> t, out DateTime value)
    {
        value = default;
        if (t.Length < 20 || t[^1] is not ('Z' or 'z') || t[4] != '-' || t[7] != '-' || t[10] is not ('T' or 't' or ' ') || t[13] != ':' || t[16] != ':')
        {
            return false;
        }

        if (!Digits(t[..4], out var year) || !Digits(t.Slice(5, 2), out var month) || !Digits(t.Slice(8, 2), out var day) ||
            !Digits(t.Slice(11, 2), out var hour) || !Digits(t.Slice(14, 2), out var minute) || !Digits(t.Slice(17, 2), out var second))
        {
            return false;
        }

        long fraction = 0;
        var rest = t[19..^1];
        if (rest.Length > 0)
        {
            if (rest[0] != '.' || rest.Length is < 2 or > 8 || !Digits(rest[1..], out var digits))
            {
                return false;
            }

            fraction = digits;
            for (var i = rest.Length - 1; i < 7; i++)
            {
                fraction *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
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
