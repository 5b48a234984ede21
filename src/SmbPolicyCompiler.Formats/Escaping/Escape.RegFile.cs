namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string RegQuoted = ".reg quoted string";

    /// <summary>
    /// A regedit quoted string, quotes included: <c>\</c> becomes <c>\\</c> and <c>"</c> becomes <c>\"</c>
    /// (the only escapes regedit knows). Control characters and line breaks are rejected; the .reg writer
    /// stores such data as <c>hex(1):</c> instead.
    /// </summary>
    public static string RegQuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, RegQuoted);
        RejectControl(value, RegQuoted, "regedit reads one line per value; write the data as hex instead.");
        return BackslashQuoted(value);
    }

    /// <summary>True when <see cref="RegQuotedString"/> can carry <paramref name="value"/>.</summary>
    public static bool CanRegQuote(string value) =>
        Text.TextChecks.IndexOfControlOrLineBreak(value) < 0 && Text.TextChecks.IndexOfLoneSurrogate(value) < 0;

    /// <summary>Text safe after <c>; </c> on a .reg comment line: line breaks and control characters become spaces.</summary>
    public static string RegComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sanitise(text);
    }
}
