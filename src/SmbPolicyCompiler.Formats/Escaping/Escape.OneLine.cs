using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    /// <summary>
    /// Text for one line of terminal or log output (a diagnostic, a path in a message): control characters, line
    /// separators and unpaired surrogates become <c>\u000A</c>-style escapes, so a name from YAML can never start a
    /// line of its own (a forged diagnostic) or send terminal control sequences. Text without them is returned as is.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextChecks.IndexOfControlOrLineBreak(text) < 0 && TextChecks.IndexOfLoneSurrogate(text) < 0)
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                line.Append(c).Append(text[++i]);
            }
            else if (TextChecks.IsControlOrLineBreak(c) || char.IsSurrogate(c))
            {
                line.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }
}
