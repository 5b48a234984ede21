using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>
/// Reads GptTmpl.inf (UTF-16LE with BOM as GPMC writes it; UTF-8 and ANSI are accepted too). Blank lines and
/// <c>;</c> comments are skipped (not kept); sections of the same name are merged, as INF readers do.
/// [Registry Values] lines are checked as they are read, so a malformed one is reported with its line.
/// </summary>
public static partial class GptTmplReader
{
    public static GptTmplFile ReadFile(string path) => Read(BoundedFile.ReadAllBytes(path, "GptTmpl.inf"), path);

    public static GptTmplFile Read(ReadOnlySpan<byte> bytes, string sourceName = "GptTmpl.inf")
    {
        var decoded = DecodedText.Decode(bytes, out var problem)
            ?? throw new GptTmplFormatException(sourceName, 0, problem + ".");
        var order = new List<string>();
        var sections = new Dictionary<string, ImmutableArray<InfEntry>.Builder>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        var lines = TextLines.Split(decoded.Text);
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                current = ReadSectionName(line, sourceName, index + 1);
                if (!sections.ContainsKey(current))
                {
                    sections[current] = ImmutableArray.CreateBuilder<InfEntry>();
                    order.Add(current);
                }

                continue;
            }

            if (current is null)
            {
                throw new GptTmplFormatException(sourceName, index + 1, $"'{line}' comes before any [section]; a GptTmpl.inf starts with [Unicode].");
            }

            sections[current].Add(ReadEntry(line, current, sourceName, index + 1));
        }

        return new GptTmplFile([.. order.Select(name => new InfSection(name, sections[name].ToImmutable()))]);
    }

    private static string ReadSectionName(string line, string sourceName, int lineNumber)
    {
        if (!line.EndsWith(']') || line.Length < 3)
        {
            throw new GptTmplFormatException(sourceName, lineNumber, $"'{line}' starts a section header but is not [Name].");
        }

        return line[1..^1].Trim();
    }

    private static InfEntry ReadEntry(string line, string section, string sourceName, int lineNumber)
    {
        var isRegistryValues = string.Equals(section, GptTmplFile.RegistryValuesSection, StringComparison.OrdinalIgnoreCase);
        var split = line.StartsWith('"') ? -1 : isRegistryValues ? RegistryValueSplit(line) : line.IndexOf('=');
        var entry = split < 0 ? new InfEntry(null, line) : new InfEntry(line[..split].Trim(), line[(split + 1)..].Trim());
        if (isRegistryValues &&
            GptTmplRegistryValueParser.TryParse(entry, out _, out var problem) == GptTmplRegistryValueParser.Outcome.Malformed)
        {
            throw new GptTmplFormatException(sourceName, lineNumber, $"[Registry Values] {problem}.");
        }

        return entry;
    }

    /// <summary>Value names may contain '=': split at the first '=' that is followed by TYPE, (a registry type number and a comma).</summary>
    private static int RegistryValueSplit(string line)
    {
        var match = RegistryValueSeparator().Match(line);
        return match.Success ? match.Index : line.IndexOf('=');
    }

    [GeneratedRegex(@"=(?=\s*\d+\s*,)")]
    private static partial Regex RegistryValueSeparator();
}
