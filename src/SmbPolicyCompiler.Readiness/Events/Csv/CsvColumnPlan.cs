using System.Collections.Frozen;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// What each CSV column means, by header name (never by position): the System columns of Get-WinEvent, admin and
/// Kibana exports under their usual names, Get-WinEvent columns that carry nothing useful ignored, and every other
/// column taken as an event field (e.g. ClientName). The user's column=Field map is applied first.
/// </summary>
internal sealed class CsvColumnPlan
{
    private static readonly FrozenDictionary<string, CsvTarget> Aliases = new Dictionary<string, CsvTarget>(StringComparer.OrdinalIgnoreCase)
    {
        ["TimeCreated"] = CsvTarget.Time, ["TimeGenerated"] = CsvTarget.Time, ["Time"] = CsvTarget.Time, ["Date"] = CsvTarget.Time,
        ["Date and Time"] = CsvTarget.Time, ["@timestamp"] = CsvTarget.Time, ["winlog.time_created"] = CsvTarget.Time,
        ["_time"] = CsvTarget.Time, ["EventTime"] = CsvTarget.Time,
        ["Id"] = CsvTarget.EventId, ["EventID"] = CsvTarget.EventId, ["Event ID"] = CsvTarget.EventId, ["EventCode"] = CsvTarget.EventId,
        ["winlog.event_id"] = CsvTarget.EventId, ["event.code"] = CsvTarget.EventId,
        ["Version"] = CsvTarget.Version, ["winlog.version"] = CsvTarget.Version,
        ["Level"] = CsvTarget.Level, ["LevelDisplayName"] = CsvTarget.LevelName, ["EventLevelName"] = CsvTarget.LevelName,
        ["winlog.level"] = CsvTarget.LevelName, ["log.level"] = CsvTarget.LevelName,
        ["MachineName"] = CsvTarget.Computer, ["Computer"] = CsvTarget.Computer, ["ComputerName"] = CsvTarget.Computer,
        ["Hostname"] = CsvTarget.Computer, ["winlog.computer_name"] = CsvTarget.Computer, ["host.name"] = CsvTarget.Computer,
        ["RecordId"] = CsvTarget.RecordId, ["EventRecordID"] = CsvTarget.RecordId, ["RecordNumber"] = CsvTarget.RecordId,
        ["winlog.record_id"] = CsvTarget.RecordId,
        ["LogName"] = CsvTarget.Channel, ["Log Name"] = CsvTarget.Channel, ["Channel"] = CsvTarget.Channel, ["EventLog"] = CsvTarget.Channel,
        ["winlog.channel"] = CsvTarget.Channel,
        ["ProviderName"] = CsvTarget.Provider, ["Provider"] = CsvTarget.Provider, ["Source"] = CsvTarget.Provider,
        ["SourceName"] = CsvTarget.Provider, ["winlog.provider_name"] = CsvTarget.Provider, ["event.provider"] = CsvTarget.Provider,
        ["Message"] = CsvTarget.Message, ["RenderedDescription"] = CsvTarget.Message,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Uninteresting = new[]
    {
        "Qualifiers", "Task", "Opcode", "Keywords", "ProviderId", "ProcessId", "ThreadId", "UserId", "ActivityId",
        "RelatedActivityId", "ContainerLog", "MatchedQueryIds", "Bookmark", "OpcodeDisplayName",
        "TaskDisplayName", "KeywordsDisplayNames", "Properties",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private CsvColumnPlan(CsvTarget[] targets, string[] fieldNames)
    {
        Targets = targets;
        FieldNames = fieldNames;
    }

    public CsvTarget[] Targets { get; }

    public string[] FieldNames { get; }

    public bool HasEventId => Targets.Contains(CsvTarget.EventId);

    public static CsvColumnPlan Create(IReadOnlyList<string> header, IReadOnlyDictionary<string, string> userMap)
    {
        var map = new Dictionary<string, string>(userMap, StringComparer.OrdinalIgnoreCase);
        var targets = new CsvTarget[header.Count];
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i].Trim();
            var mapped = map.TryGetValue(column, out var target);
            var name = mapped ? target! : column;
            names[i] = FieldName(name);
            targets[i] = name == "-" ? CsvTarget.Ignore
                : Aliases.TryGetValue(name, out var known) ? known
                : !mapped && Uninteresting.Contains(name) ? CsvTarget.Ignore
                : name.Length == 0 ? CsvTarget.Ignore
                : CsvTarget.Field;
        }

        return new CsvColumnPlan(targets, names);
    }

    private static string FieldName(string column)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["winlog.event_data.", "winlog.user_data."])
        {
            if (column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return column[prefix.Length..];
            }
        }

        return column;
    }
}
