using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    /// <summary>
    /// A YAML double-quoted scalar, quotes included: <c>\</c> and <c>"</c> escaped, control characters, line breaks and
    /// the Unicode line separators as <c>\xNN</c>/<c>\uNNNN</c>, so it reads back as exactly the value on one line.
    /// An unpaired surrogate cannot be written.
    /// </summary>
    public static string YamlDoubleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, "YAML string");
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                '\r' => text.Append("\\r"),
                '\u2028' or '\u2029' or '\ufeff' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ when char.IsControl(c) => text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    /// <summary>Text safe after <c># </c> on a YAML comment line: line breaks and control characters become spaces.</summary>
    public static string YamlComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sanitise(text).Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
    }
}
