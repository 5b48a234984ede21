using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads times from JSON and CSV exports: ISO-8601 (with offset: exact), "/Date(ms)/" (exact), and, for CSV, the
/// culture formats of Export-Csv. Times without an offset are taken to be in the assumed zone and flagged.
/// </summary>
internal sealed class TimeInterpreter(EventReadOptions options)
{
    private readonly string[] _cultureFormats = CsvTimeFormatTable.Formats(options.CsvTimeFormats, options.CsvCulture);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<char> text, bool allowCultureFormats, out DateTime utc, out bool lackedOffset)
    {
        lackedOffset = false;
        if (text.Contains("Date(", StringComparison.Ordinal))
        {
            return EventTimeParser.TryParseMsJsonDate(text, out utc);
        }

        if (EventTimeParser.TryParseIso(text, out utc, out var hadOffset))
        {
            if (!hadOffset)
            {
                utc = FromAssumedZone(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified));
                lackedOffset = true;
            }

            return true;
        }

        if (allowCultureFormats && DateTime.TryParseExact(text.Trim(), _cultureFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            utc = FromAssumedZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
            lackedOffset = true;
            return true;
        }

        return false;
    }

    private DateTime FromAssumedZone(DateTime local)
    {
        var zone = options.AssumedTimeZone;
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
    }
}
