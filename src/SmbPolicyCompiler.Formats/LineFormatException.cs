using System.Globalization;

namespace SmbPolicyCompiler.Formats;

/// <summary>A text file that breaks its format at a 1-based line; line 0 when the whole file is at fault.</summary>
public abstract class LineFormatException(string sourceName, long line, string problem)
    : InvalidFileFormatException(sourceName, Where(line), problem)
{
    public long Line { get; } = line;

    private static string Where(long line) => line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : "file";
}
