namespace SmbPolicyCompiler.Formats.Csv;

/// <summary>
/// The one rule for the line Windows PowerShell 5.1's Export-Csv and ConvertTo-Csv write before the header
/// ("#TYPE System.Management.Automation.PSCustomObject", unless -NoTypeInformation): as Import-Csv does, a first line
/// that starts with '#' is not part of the table.
/// </summary>
public static class CsvTypeLine
{
    public static bool Is(ReadOnlySpan<char> firstLine) => firstLine.StartsWith('#');

    /// <summary>The text after a first line that <see cref="Is"/> a type line, or the whole text; and how many lines were skipped.</summary>
    public static (string Table, int LinesSkipped) Skip(string text)
    {
        if (!Is(text))
        {
            return (text, 0);
        }

        var end = text.IndexOfAny(['\r', '\n']);
        if (end < 0)
        {
            return ("", 1);
        }

        end += text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
        return (text[end..], 1);
    }
}
