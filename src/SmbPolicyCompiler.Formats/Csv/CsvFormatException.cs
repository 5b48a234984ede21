namespace SmbPolicyCompiler.Formats.Csv;

/// <summary>A CSV file that cannot be read on from some line: a record longer than any real one (an unterminated quote, or not a CSV file).</summary>
public sealed class CsvFormatException(string sourceName, long line, string problem) : LineFormatException(sourceName, line, problem);
