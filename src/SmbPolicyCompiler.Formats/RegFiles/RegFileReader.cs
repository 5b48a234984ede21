using System.Collections.Immutable;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>
/// Reads .reg files as <c>reg export</c> and regedit write them: "Windows Registry Editor Version 5.00"
/// (UTF-16LE with BOM, or UTF-8) or REGEDIT4 (ANSI; its hex(1)/hex(2)/hex(7) payloads are ANSI bytes and are
/// converted to UTF-16LE, assuming Windows-1252). Handles <c>@</c>, deletions, every value kind and hex lines
/// continued with <c>\</c>. Comments and blank lines are skipped. Errors give the line number.
/// </summary>
public static class RegFileReader
{
    public static RegFile ReadFile(string path) => Read(BoundedFile.ReadAllBytes(path, ".reg file"), path);

    public static RegFile Read(ReadOnlySpan<byte> bytes, string sourceName = "file.reg")
    {
        var decoded = DecodedText.Decode(bytes, out var problem)
            ?? throw new RegFileFormatException(sourceName, 0, problem + ".");
        var lines = TextLines.Split(decoded.Text);
        var next = 0;
        var ansi = ReadHeader(lines, ref next, sourceName);
        var keys = ImmutableArray.CreateBuilder<RegFileKey>();
        RegFileKey? current = null;
        var values = ImmutableArray.CreateBuilder<RegFileValue>();
        while (next < lines.Count)
        {
            var lineNumber = next + 1;
            var line = lines[next].TrimStart();
            if (line.Length == 0 || line.StartsWith(';'))
            {
                next++;
                continue;
            }

            if (line.StartsWith('['))
            {
                Flush(keys, current, values);
                current = ReadKeyLine(line.TrimEnd(), sourceName, lineNumber);
                next++;
                continue;
            }

            if (line[0] is not ('"' or '@'))
            {
                throw new RegFileFormatException(sourceName, lineNumber, $"expected [key], \"name\"=value, @=value or a ; comment, found '{Shorten(line)}'.");
            }

            if (current is null || current.IsDeletion)
            {
                var why = current is null ? "comes before any [key]" : $"follows the deletion [-{current.Path}]";
                throw new RegFileFormatException(sourceName, lineNumber, $"the value line {why}; values belong under a [key] line.");
            }

            values.Add(new RegValueLineParser(lines, sourceName, ansi).Parse(ref next));
        }

        Flush(keys, current, values);
        return new RegFile(keys.ToImmutable());
    }

    /// <summary>Skips to the header line; true for REGEDIT4 (ANSI payloads).</summary>
    private static bool ReadHeader(List<string> lines, ref int next, string sourceName)
    {
        while (next < lines.Count && lines[next].Trim().Length == 0)
        {
            next++;
        }

        var header = next < lines.Count ? lines[next].Trim() : "";
        next++;
        if (header.Equals(RegFileWriter.Header, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (header.Equals("REGEDIT4", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new RegFileFormatException(
            sourceName,
            Math.Min(next, Math.Max(lines.Count, 1)),
            $"expected the header '{RegFileWriter.Header}' or 'REGEDIT4', found '{Shorten(header)}'; is this a .reg file?");
    }

    private static RegFileKey ReadKeyLine(string line, string sourceName, int lineNumber)
    {
        if (!line.EndsWith(']') || line.Length < 3)
        {
            throw new RegFileFormatException(sourceName, lineNumber, $"key line '{Shorten(line)}' does not end with ']'.");
        }

        var deletion = line[1] == '-';
        var path = line[(deletion ? 2 : 1)..^1];
        var problem = RegKeyPath.Problem(path);
        if (problem is not null)
        {
            throw new RegFileFormatException(sourceName, lineNumber, problem + ".");
        }

        return deletion ? RegFileKey.Delete(path) : RegFileKey.Set(path);
    }

    private static void Flush(ImmutableArray<RegFileKey>.Builder keys, RegFileKey? current, ImmutableArray<RegFileValue>.Builder values)
    {
        if (current is not null)
        {
            keys.Add(current with { Values = values.ToImmutable() });
        }

        values.Clear();
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
