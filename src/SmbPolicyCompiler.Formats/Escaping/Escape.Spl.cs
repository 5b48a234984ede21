namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string SplLiteral = "SPL quoted string";

    /// <summary>
    /// A Splunk (SPL) double-quoted string, quotes included, for eval and where expressions (where it is a literal,
    /// not a search term, so <c>*</c> is no wildcard): <c>\</c> and <c>"</c> are escaped with a backslash. Control
    /// characters and line breaks are rejected: savedsearches.conf holds a search on one logical line.
    /// </summary>
    public static string SplString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, SplLiteral);
        RejectControl(value, SplLiteral, "an SPL search in a .conf file must stay on one line.");
        return BackslashQuoted(value);
    }

    /// <summary>
    /// Descriptive text as the value of a Splunk .conf setting (<c>description = ...</c>): one line, so line breaks and
    /// control characters become spaces, and no trailing backslash (Splunk reads it as a line continuation).
    /// </summary>
    public static string SplunkConfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SanitiseUncontinued(text);
    }
}
