using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

/// <summary>
/// The one place where values that came from policy YAML are made safe for a target language or format.
/// Generated files quote every such value through one of these functions, never by concatenation.
/// Each function either returns a form that reads back as exactly the value, or throws
/// <see cref="UnrepresentableValueException"/> — except the comment and Markdown functions, which sanitise (comments carry
/// no data; a report must print whatever its values hold).
/// </summary>
public static partial class Escape
{
    private static void RejectLoneSurrogate(string value, string target)
    {
        var at = TextChecks.IndexOfLoneSurrogate(value);
        if (at >= 0)
        {
            throw new UnrepresentableValueException(
                target,
                $"the value has an unpaired surrogate {TextChecks.Describe(value[at])} at index {at}; it is not valid Unicode text.");
        }
    }

    private static void RejectControl(string value, string target, string why)
    {
        var at = TextChecks.IndexOfControlOrLineBreak(value);
        if (at >= 0)
        {
            throw new UnrepresentableValueException(
                target,
                $"the value contains control character {TextChecks.Describe(value[at])} at index {at}; {why}");
        }
    }

    private static string Sanitise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (TextChecks.IsControlOrLineBreak(chars[i]))
            {
                chars[i] = ' ';
            }
            else if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary><see cref="Sanitise"/>d, without the trailing backslash that line-based .conf readers take as a line continuation.</summary>
    private static string SanitiseUncontinued(string text) => Sanitise(text).TrimEnd('\\', ' ');

    /// <summary><c>"value"</c> with <c>\</c> and <c>"</c> preceded by a backslash: KQL and SPL string literals, regedit's quoted strings.</summary>
    private static string BackslashQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '\\' or '"')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
