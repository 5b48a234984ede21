using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// Makes strings from events safe to show in any output: control characters (which could move a terminal's cursor
/// or hide text) and bidirectional overrides become visible \uXXXX escapes, and very long values are cut.
/// Format-specific escaping (HTML, Markdown, CSV) comes after this.
/// </summary>
public static class SafeText
{
    public const int DefaultMaxLength = 200;

    public static string Clean(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > maxLength;
        var span = cut ? text.AsSpan(0, maxLength) : text.AsSpan();
        if (!NeedsEscape(span) && !cut)
        {
            return text;
        }

        var sb = new StringBuilder(span.Length + 16);
        foreach (var c in span)
        {
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        if (cut)
        {
            sb.Append(CultureInfo.InvariantCulture, $"… (+{text.Length - maxLength} chars)");
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';
}
