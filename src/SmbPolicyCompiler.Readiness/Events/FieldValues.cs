using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Parses event field values as Windows renders them: true/false (also True/1), decimal or 0x-hex numbers.</summary>
internal static class FieldValues
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool? ParseBool(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "1")
        {
            return true;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value is "0")
        {
            return false;
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint? ParseUInt(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return uint.TryParse(value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        return uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public static string? NonEmpty(string? text)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
