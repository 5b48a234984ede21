using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Recognises the export format from the first kilobytes, or says in words why the file is not an export.</summary>
internal static class FormatSniffer
{
    public static (EventInputFormat? Format, string? NotEventReason) Detect(ReadOnlySpan<byte> prefix, int bomLength, Encoding encoding)
    {
        if (prefix.StartsWith("ElfFile\0"u8))
        {
            return (null, "this is a binary .evtx log, which is not read directly; export it with: wevtutil qe <file.evtx> /lf:true /f:xml > events.xml");
        }

        if (prefix.StartsWith("PK\u0003\u0004"u8))
        {
            return (null, "this is a zip archive; extract it and give the extracted files or folder");
        }

        var text = encoding.GetString(prefix[bomLength..]).TrimStart(" \t\r\n\uFEFF".ToCharArray());
        if (text.Length == 0)
        {
            return (null, null);
        }

        switch (text[0])
        {
            case '<':
                return (EventInputFormat.WevtutilXml, null);
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

        var header = text.StartsWith("#TYPE", StringComparison.OrdinalIgnoreCase) ? FirstLine(text[FirstLine(text).Length..].TrimStart()) : FirstLine(text);
        if (header.AsSpan().ContainsAny(",;\t"))
        {
            return (EventInputFormat.Csv, null);
        }

        return (null, $"not an event export (XML, JSON, NDJSON or CSV); it starts with \"{EventRecordBuilder.Shorten(header)}\"");
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
