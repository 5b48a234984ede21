using SmbPolicyCompiler.Formats.Csv;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The one place that recognises an event export from its first kilobytes (after gzip and the byte-order mark): binary
/// signatures first, then the first character of the text, then the CSV header. A SIEM's readiness aggregate (keys or
/// columns Client, Count, Day, ...) is recognised here too, so that no event reader takes it for events. Null with a reason in words when the file
/// is not an export; null without one when it is empty.
/// </summary>
internal static class FormatSniffer
{
    public static (EventInputFormat? Format, string? NotEventReason) Detect(TextInput input)
    {
        var prefix = input.Head;
        if (prefix.StartsWith("ElfFile\0"u8))
        {
            return (EventInputFormat.Evtx, null);
        }

        if (prefix.StartsWith("PK\u0003\u0004"u8))
        {
            return (null, "this is a zip archive; extract it and give the extracted files or folder");
        }

        var text = input.HeadText().TrimStart(" \t\r\n\uFEFF".ToCharArray());
        if (text.Length == 0)
        {
            return (null, null);
        }

        switch (text[0])
        {
            case '<':
                return (EventInputFormat.WevtutilXml, null);
            case '[' or '{' when Aggregate.AggregateColumns.LooksLikeJsonAggregate(text):
                return (EventInputFormat.ReadinessAggregate, null);
            case '[':
                return (EventInputFormat.GetWinEventJson, null);
            case '{':
                var firstLine = FirstLine(text);
                var winlog = firstLine.Contains("\"winlog", StringComparison.Ordinal) || firstLine.Contains("\"@timestamp\"", StringComparison.Ordinal);
                return (winlog ? EventInputFormat.WinlogbeatNdjson : EventInputFormat.GetWinEventJson, null);
        }

        if (LooksBinary(text))
        {
            return (null, "the content is binary, not an event export (XML, JSON, NDJSON or CSV)");
        }

        if (text.StartsWith("Event[", StringComparison.Ordinal))
        {
            return (null, "this is wevtutil /f:text output, which keeps only localised message text; export with /f:xml instead");
        }

        var header = FirstLine(CsvTypeLine.Skip(text).Table);
        if (header.AsSpan().ContainsAny(",;\t"))
        {
            return (IsAggregateHeader(header) ? EventInputFormat.ReadinessAggregate : EventInputFormat.Csv, null);
        }

        return (null, $"not an event export (XML, JSON, NDJSON or CSV); it starts with \"{EventRecordBuilder.Shorten(header)}\"");
    }

    private static bool IsAggregateHeader(string header)
    {
        using var table = CsvTable.Open(header);
        return table is not null && Aggregate.AggregateColumns.IsAggregateHeader(table.Header);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control * 20 > text.Length;
    }
}
