namespace SmbPolicyCompiler.Formats;

/// <summary>
/// A file could not be read because it does not follow its format. The message names the file, the place
/// (byte offset or line) and what was expected there.
/// </summary>
public abstract class InvalidFileFormatException : FormatException
{
    protected InvalidFileFormatException(string sourceName, string location, string problem)
        : base($"{sourceName}: {location}: {problem}")
    {
        SourceName = sourceName;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file name (or other description of the input) given to the reader.</summary>
    public string SourceName { get; }

    /// <summary>Where in the input, e.g. "byte offset 26 (0x1A)" or "line 12".</summary>
    public string Location { get; }

    /// <summary>What is wrong and what was expected, without the file and place.</summary>
    public string Problem { get; }
}
