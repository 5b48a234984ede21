using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>Writes CSV the ways admins produce it: Get-WinEvent | Export-Csv, or a Select-Object of chosen columns.</summary>
internal static class EventCsvWriter
{
    public static readonly string[] ExportCsvColumns =
    [
        "Message", "Id", "Version", "Qualifiers", "Level", "Task", "Opcode", "Keywords", "RecordId", "ProviderName", "ProviderId",
        "LogName", "ProcessId", "ThreadId", "MachineName", "UserId", "TimeCreated", "ActivityId", "RelatedActivityId", "ContainerLog",
        "MatchedQueryIds", "Bookmark", "LevelDisplayName", "OpcodeDisplayName", "TaskDisplayName", "KeywordsDisplayNames", "Properties",
    ];

    /// <summary>Export-Csv: every value quoted, data only in the multi-line Message, local time without offset.</summary>
    public static string ExportCsv(IEnumerable<FixtureEvent> events, Func<DateTime, string> time, bool typeLine = true, char delimiter = ',')
    {
        var text = new StringBuilder();
        if (typeLine)
        {
            text.Append("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n");
        }

        text.Append(string.Join(delimiter, ExportCsvColumns.Select(Quote))).Append("\r\n");
        foreach (var e in events)
        {
            var values = ExportCsvColumns.Select(column => column switch
            {
                "Message" => e.Message(),
                "Id" => e.EventId.ToString(CultureInfo.InvariantCulture),
                "Version" => e.Version.ToString(CultureInfo.InvariantCulture),
                "RecordId" => e.RecordId.ToString(CultureInfo.InvariantCulture),
                "ProviderName" => e.Provider,
                "LogName" => e.Channel,
                "MachineName" => e.Computer,
                "TimeCreated" => time(e.TimeUtc),
                "Level" => "4",
                "ProcessId" => "4",
                "MatchedQueryIds" => "System.UInt32[]",
                "Bookmark" => "System.Diagnostics.Eventing.Reader.EventBookmark",
                "Properties" => "System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]",
                "LevelDisplayName" => "Information",
                _ => string.Empty,
            });
            text.Append(string.Join(delimiter, values.Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Chosen columns, e.g. Select-Object TimeCreated, Id, MachineName, @{n='ClientName';e={...}}.</summary>
    public static string Columns(IEnumerable<FixtureEvent> events, Func<DateTime, string> time, char delimiter, IReadOnlyList<string> columns, bool quoteAll = false)
    {
        var text = new StringBuilder(string.Join(delimiter, columns.Select(c => quoteAll ? Quote(c) : c))).Append("\r\n");
        foreach (var e in events)
        {
            var values = columns.Select(column => column switch
            {
                "TimeCreated" or "@timestamp" => time(e.TimeUtc),
                "Id" or "EventID" or "winlog.event_id" => e.EventId.ToString(CultureInfo.InvariantCulture),
                "Version" or "winlog.version" => e.Version.ToString(CultureInfo.InvariantCulture),
                "MachineName" or "winlog.computer_name" => e.Computer,
                "RecordId" or "winlog.record_id" => e.RecordId.ToString(CultureInfo.InvariantCulture),
                "LogName" or "winlog.channel" => e.Channel,
                "ProviderName" => e.Provider,
                _ => e.Field(column.Replace("winlog.event_data.", string.Empty, StringComparison.Ordinal)) ?? string.Empty,
            });
            text.Append(string.Join(delimiter, values.Select(v => quoteAll || NeedsQuotes(v, delimiter) ? Quote(v) : v))).Append("\r\n");
        }

        return text.ToString();
    }

    public static string UsTime(DateTime local) => local.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture);

    public static string GermanTime(DateTime local) => local.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool NeedsQuotes(string value, char delimiter) => value.AsSpan().ContainsAny(['"', '\r', '\n', delimiter]);

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
