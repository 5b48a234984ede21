using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>
/// Writes GptTmpl.inf as GPMC does: UTF-16LE with BOM, CRLF, sections in model order. [Unicode], [Version] and
/// [Registry Values] entries are written <c>Key=Value</c>; other sections <c>Key = Value</c> (<c>Key =</c> when
/// empty), which is GPMC's spelling, so GPMC-written files write back byte for byte.
/// </summary>
public static class GptTmplWriter
{
    private const string Target = "GptTmpl.inf";

    public static byte[] Write(GptTmplFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Section(GptTmplFile.UnicodeSection) is null || file.Section(GptTmplFile.VersionSection) is null)
        {
            throw new UnrepresentableValueException(Target, "the template needs [Unicode] and [Version] sections; start from GptTmplFile.Create.");
        }

        var text = new StringBuilder();
        foreach (var section in file.Sections)
        {
            CheckText(section.Name, $"section name '{section.Name}'");
            if (section.Name.Contains(']', StringComparison.Ordinal) || section.Name.Trim() != section.Name || section.Name.Length == 0)
            {
                throw new UnrepresentableValueException(Target, $"section name '{section.Name}' must be non-empty, without ']' or surrounding spaces.");
            }

            text.Append('[').Append(section.Name).Append("]\r\n");
            var tight = IsTight(section.Name);
            foreach (var entry in section.Entries)
            {
                text.Append(Line(entry, tight, section.Name)).Append("\r\n");
            }
        }

        var bytes = Utf16.Encode(text.ToString(), Target, "the template text");
        return [0xFF, 0xFE, .. bytes];
    }

    private static bool IsTight(string section) =>
        section.Equals(GptTmplFile.UnicodeSection, StringComparison.OrdinalIgnoreCase) ||
        section.Equals(GptTmplFile.VersionSection, StringComparison.OrdinalIgnoreCase) ||
        section.Equals(GptTmplFile.RegistryValuesSection, StringComparison.OrdinalIgnoreCase);

    private static string Line(InfEntry entry, bool tight, string section)
    {
        var where = $"[{section}] entry '{entry}'";
        CheckText(entry.Value, where);
        if (entry.Value.Trim() != entry.Value)
        {
            throw new UnrepresentableValueException(Target, $"{where}: the value has surrounding spaces, which the INF reader trims.");
        }

        if (entry.Key is null)
        {
            if (entry.Value.Length == 0 || entry.Value[0] is '[' or ';' || (entry.Value.Contains('=', StringComparison.Ordinal) && entry.Value[0] != '"'))
            {
                throw new UnrepresentableValueException(Target, $"{where}: a line without a key must be non-empty, must not start with '[' or ';', and may contain '=' only if it starts with '\"'.");
            }

            return entry.Value;
        }

        CheckText(entry.Key, where);
        if (entry.Key.Length == 0 || entry.Key.Trim() != entry.Key || entry.Key.Contains('=', StringComparison.Ordinal) || entry.Key[0] is '[' or ';' or '"')
        {
            throw new UnrepresentableValueException(Target, $"{where}: the key must be non-empty, without '=' or surrounding spaces, and must not start with '[', ';' or '\"'.");
        }

        return tight ? $"{entry.Key}={entry.Value}" : entry.Value.Length == 0 ? $"{entry.Key} =" : $"{entry.Key} = {entry.Value}";
    }

    private static void CheckText(string text, string where)
    {
        var at = TextChecks.IndexOfControlOrLineBreak(text);
        if (at >= 0)
        {
            throw new UnrepresentableValueException(Target, $"{where} contains control character {TextChecks.Describe(text[at])}; an INF entry is one line.");
        }
    }
}
