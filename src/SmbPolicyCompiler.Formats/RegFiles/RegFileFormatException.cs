using System.Globalization;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>A .reg file that cannot be read, with the 1-based line number (0 when the whole file is at fault).</summary>
internal sealed class RegFileFormatException : InvalidFileFormatException
{
    public RegFileFormatException(string sourceName, int line, string problem)
        : base(sourceName, line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : "file", problem)
    {
        Line = line;
    }

    public int Line { get; }
}
