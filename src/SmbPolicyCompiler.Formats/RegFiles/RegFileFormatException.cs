namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>A .reg file that cannot be read.</summary>
internal sealed class RegFileFormatException(string sourceName, int line, string problem) : LineFormatException(sourceName, line, problem);
