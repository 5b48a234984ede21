using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string YamlBlock = "YAML literal block";

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
        return Sanitise(text);
    }

    /// <summary>
    /// A YAML literal block scalar that keeps <paramref name="text"/> line for line: the header <c>|-</c> (or <c>|</c>
    /// when the text ends with a line break) followed by each line indented by <paramref name="indent"/> spaces. The
    /// text is generated query text: lines may hold any printable character, but tabs and other control characters
    /// are rejected, as is a first line that starts with a space (the indentation would be misread).
    /// </summary>
    public static string YamlLiteralBlock(string text, int indent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(indent, 1);
        RejectLoneSurrogate(text, YamlBlock);
        var body = text.EndsWith('\n') ? text[..^1] : text;
        foreach (var c in body)
        {
            if (c != '\n' && (TextChecks.IsControlOrLineBreak(c) || c == '\uFEFF'))
            {
                throw new UnrepresentableValueException(YamlBlock, $"the text contains {TextChecks.Describe(c)}; a literal block keeps only printable characters and line breaks.");
            }
        }

        if (body.Length == 0 || body[0] == ' ')
        {
            throw new UnrepresentableValueException(YamlBlock, "the text is empty or starts with a space; write it as a double-quoted scalar.");
        }

        var pad = new string(' ', indent);
        var builder = new StringBuilder(text.EndsWith('\n') ? "|" : "|-");
        foreach (var line in body.Split('\n'))
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(pad).Append(line.TrimEnd(' ') == line ? line : throw TrailingSpace());
            }
        }

        return builder.ToString();

        static UnrepresentableValueException TrailingSpace() =>
            new(YamlBlock, "a line ends with a space, which YAML keeps but editors strip; remove it from the generated text.");
    }
}
