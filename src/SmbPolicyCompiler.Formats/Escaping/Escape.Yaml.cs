using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string YamlBlock = "YAML literal block";

    /// <summary>
    /// A YAML double-quoted scalar, quotes included, whose value is exactly <paramref name="value"/>: <c>\</c> and
    /// <c>"</c> escaped, line breaks and tabs as <c>\n \r \t</c>, every other control or non-printable character
    /// (C0, DEL, C1, U+2028/2029, U+FEFF) as <c>\uXXXX</c>. Valid in YAML 1.1 and 1.2 and on any line of a mapping.
    /// </summary>
    public static string YamlDoubleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, "YAML double-quoted scalar");
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\' or '"':
                    builder.Append('\\').Append(c);
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
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
            if (c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF'))
            {
                throw new UnrepresentableValueException(YamlBlock, $"the text contains {Text.TextChecks.Describe(c)}; a literal block keeps only printable characters and line breaks.");
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
