using System.Globalization;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>Searches for characters that break line-based or quoted formats.</summary>
internal static class TextChecks
{
    /// <summary>Index of the first control character (C0, DEL, C1) or Unicode line/paragraph separator, or -1.</summary>
    public static int IndexOfControlOrLineBreak(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControlOrLineBreak(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsControlOrLineBreak(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>Index of the first surrogate without its partner, or -1.</summary>
    public static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"U+000A" style name of a character, for messages.</summary>
    public static string Describe(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
