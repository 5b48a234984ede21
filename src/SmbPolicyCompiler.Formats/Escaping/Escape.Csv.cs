namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string CsvFieldTarget = "CSV field";

    /// <summary>
    /// One RFC 4180 field that reads back as exactly <paramref name="value"/> (a lookup key, not spreadsheet text: no
    /// formula guard is added): quoted, with quotes doubled, when it holds a comma, a quote or leading or trailing
    /// space. Control characters and line breaks are rejected; the SIEM lookups that read these files are line based.
    /// </summary>
    public static string CsvField(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, CsvFieldTarget);
        RejectControl(value, CsvFieldTarget, "a lookup row must stay on one line.");
        var quote = value.AsSpan().IndexOfAny(",\"") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
