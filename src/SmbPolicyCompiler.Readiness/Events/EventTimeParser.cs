using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Parses the machine-written times of event exports without culture data: ISO-8601 with or without 'T',
/// fraction and offset (SystemTime, PowerShell 7, Winlogbeat) and the ASP.NET "/Date(ms)/" form of PowerShell 5.1.
/// </summary>
internal static class EventTimeParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateTime utc, out bool hadOffset)
    {
        utc = default;
        hadOffset = false;
        var s = text.Trim();
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' ||
            !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day) ||
            !TryDigits(s.Slice(11, 2), out var hour) || !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        var i = 19;
        long fractionTicks = 0;
        if (i < s.Length && (s[i] == '.' || s[i] == ','))
        {
            i++;
            var scale = TimeSpan.TicksPerSecond / 10;
            var start = i;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                fractionTicks += (s[i] - '0') * scale;
                scale /= 10;
            }

            if (i == start)
            {
                return false;
            }
        }

        var offset = TimeSpan.Zero;
        if (i < s.Length)
        {
            if ((s[i] == 'Z' || s[i] == 'z') && i == s.Length - 1)
            {
                hadOffset = true;
            }
            else if (!TryOffset(s[i..], out offset))
            {
                return false;
            }
            else
            {
                hadOffset = true;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) ||
            year < 1 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fractionTicks);
        utc = local - offset;
        return true;
    }

    /// <summary>"/Date(1595374458918)/", optionally with "+0200" after the milliseconds (which are UTC regardless).</summary>
    public static bool TryParseMsJsonDate(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        var s = text.Trim();
        var open = s.IndexOf("Date(", StringComparison.Ordinal);
        var close = s.IndexOf(')');
        if (open < 0 || close < open)
        {
            return false;
        }

        var number = s[(open + 5)..close];
        var sign = number.Length > 1 ? number[1..].IndexOfAny('+', '-') : -1;
        if (sign >= 0)
        {
            number = number[..(sign + 1)];
        }

        if (!long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds) ||
            milliseconds < -62135596800000L || milliseconds > 253402300799999L)
        {
            return false;
        }

        utc = DateTime.UnixEpoch.AddMilliseconds(milliseconds);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = default;
        if (s.Length is not (6 or 5) || (s[0] != '+' && s[0] != '-'))
        {
            return false;
        }

        var minutesPart = s.Length == 6 ? s.Slice(4, 2) : s.Slice(3, 2);
        if ((s.Length == 6 && s[3] != ':') || !TryDigits(s.Slice(1, 2), out var hours) || !TryDigits(minutesPart, out var minutes) ||
            hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
