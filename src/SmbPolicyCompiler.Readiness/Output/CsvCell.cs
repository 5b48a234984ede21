using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// One CSV cell (RFC 4180) that is safe to open in a spreadsheet: control characters become visible escapes, a cell
/// that starts with = + - @ (or tab / carriage return) gets a leading ' so it is never run as a formula, and cells with
/// a delimiter, quote or line break are quoted with quotes doubled.
/// </summary>
internal static class CsvCell
{
    public static string Escape(string? value, int maxLength = 4000)
    {
        var text = SafeText.Clean(value, maxLength);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
