using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>Parses --time-zone: an IANA id (Europe/Paris), a Windows id where the system knows it, UTC, or a fixed offset (+02:00).</summary>
internal static class ReadinessTimeZone
{
    public static bool TryParse(string text, [NotNullWhen(true)] out TimeZoneInfo? zone, [NotNullWhen(false)] out string? error)
    {
        zone = null;
        error = null;
        var id = text.Trim();
        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase) || id.Equals("Z", StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        var offsetText = id.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) ? id[3..] : id;
        if (offsetText.Length > 1 && offsetText[0] is '+' or '-' &&
            TimeSpan.TryParseExact(offsetText[1..], ["hh\\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var offset) && offset <= TimeSpan.FromHours(14))
        {
            offset = offsetText[0] == '-' ? -offset : offset;
            var name = "UTC" + offsetText[0] + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
            zone = TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
            return true;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana) && TryFind(iana, out zone))
            {
                return true;
            }

            error = $"'{text}' is not a time zone; give an IANA id such as Europe/Paris, a Windows id such as \"W. Europe Standard Time\", UTC, or an offset such as +02:00";
            return false;
        }
    }

    private static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = null;
            return false;
        }
    }
}
