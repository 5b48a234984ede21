using System.Globalization;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Monitor durations as the policy writes them (30m, 1h, 7d) and in words (30 minutes, 1 hour).</summary>
public static class Durations
{
    /// <summary>30m, 1h, 24h, 7d: days only beyond 48 hours, so a day reads as RMM admins write it ("the past 24 hours").</summary>
    public static string Format(TimeSpan span) => Pick(span) switch
    {
        (var value, "day") => Number(value) + "d",
        (var value, "hour") => Number(value) + "h",
        var (value, _) => Number(value) + "m",
    };

    /// <summary>'1 hour', '24 hours', '30 minutes', '7 days'.</summary>
    public static string Words(TimeSpan span)
    {
        var (value, noun) = Pick(span);
        return Number(value) + " " + (value == 1 ? noun : noun + "s");
    }

    private static (double Value, string Noun) Pick(TimeSpan span) =>
        span.TotalHours % 24 == 0 && span.TotalHours > 48 ? (span.TotalDays, "day")
        : span.TotalHours % 1 == 0 ? (span.TotalHours, "hour")
        : (span.TotalMinutes, "minute");

    private static string Number(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
