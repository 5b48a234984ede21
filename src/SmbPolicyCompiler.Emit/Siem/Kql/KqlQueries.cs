using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Siem.Lookup;
using static SmbPolicyCompiler.Formats.Escape;

namespace SmbPolicyCompiler.Emit.Siem.Kql;

/// <summary>
/// The KQL of every query kind for one table. Every value from the policy (ring names, the policy name in the header)
/// goes through <see cref="KqlString"/> or <see cref="KqlComment"/>; field names and channels come from the catalogue.
/// </summary>
internal sealed class KqlQueries(SiemPolicy policy, KqlTable table)
{
    private static readonly string ServerChannel = KqlString(AuditEvents.ServerChannel);

    public string Text(SiemQuery query) => query switch
    {
        SiemQuery.ReadinessAggregate => ReadinessAggregate(),
        SiemQuery.DailyAlert => DailyAlert(),
        SiemQuery.Smb1 => Smb1(incidentsOnly: false),
        SiemQuery.Smb1Incident => Smb1(incidentsOnly: true),
        _ => EnforcementCheck(),
    };

    private string ReadinessAggregate() => Lines(
        Header(SiemQuery.ReadinessAggregate),
        Hosts(),
        table.Prelude(SiemEvents.ChannelsOf(SiemEvents.Readiness), SiemEvents.Readiness.Select(e => e.Id)),
        $"| extend ServerSide = Channel =~ {ServerChannel}",
        $"| extend Server = iff(ServerSide, tolower(Computer), {Name(AuditFields.ServerName)}),",
        $"    Client = iff(ServerSide, {Name(AuditFields.ClientName)}, tolower(Computer)),",
        $"    UserName = {Field(AuditFields.UserName)}, Spn = {Field(AuditFields.Spn)}",
        "| summarize Count = count(), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated),",
        $"    Users = make_set_if(UserName, isnotempty(UserName), {SiemPolicy.ListCap}), Spns = make_set_if(Spn, isnotempty(Spn), {SiemPolicy.ListCap})",
        "    by Server, Client, EventId = EventID, Day = startofday(TimeGenerated)",
        "| extend HostKey = tostring(split(Server, \".\")[0])",
        "| lookup kind=leftouter SmbpolHosts on HostKey",
        "| project Server, Client, EventId, Day = format_datetime(Day, \"yyyy-MM-dd\"), Count, FirstSeen = tostring(FirstSeen), LastSeen = tostring(LastSeen), Users, Spns, Ring, Group",
        "| order by Day asc, Server asc, Client asc, EventId asc");

    private string DailyAlert() => Lines(
        Header(SiemQuery.DailyAlert),
        Hosts(),
        $"let DefaultThreshold = {policy.DefaultThreshold};",
        table.Prelude(SiemEvents.ChannelsOf(SiemEvents.DailyAlert), SiemEvents.DailyAlert.Select(e => e.Id)),
        $"| extend Server = tolower(Computer), Client = {Name(AuditFields.ClientName)}",
        "| where isnotempty(Client)",
        "| extend HostKey = tostring(split(Server, \".\")[0])",
        "| lookup kind=leftouter SmbpolHosts on HostKey",
        // The threshold is the server's ring's, from the watchlist; servers outside the policy take the policy's.
        "| extend Threshold = coalesce(DailyThreshold, DefaultThreshold)",
        $"| summarize Events = count(), EventIds = make_set(EventID), Servers = make_set(Server, {SiemPolicy.ListCap}), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by Client, Ring, Threshold",
        "| where Events > Threshold",
        ClientEntities,
        "| order by Events desc, Client asc");

    private string Smb1(bool incidentsOnly) => Lines(
        Header(incidentsOnly ? SiemQuery.Smb1Incident : SiemQuery.Smb1),
        Hosts(),
        $"let Smb1DisabledRings = dynamic([{string.Join(", ", policy.Smb1DisabledRings.Select(KqlString))}]);",
        table.Prelude(SiemEvents.ChannelsOf(SiemEvents.Smb1), SiemEvents.Smb1.Select(e => e.Id)),
        $"| extend Server = tolower(Computer), Client = {Name(AuditFields.ClientName)}",
        "| extend HostKey = tostring(split(Server, \".\")[0])",
        "| lookup kind=leftouter SmbpolHosts on HostKey",
        $"| extend Priority = case(EventID == {AuditEvents.Smb1Access.Id} and Ring in (Smb1DisabledRings), \"incident\", EventID == {AuditEvents.Smb1ClientDoesNotSupportSigning.Id}, \"high\", \"data\")",
        incidentsOnly ? "| where Priority != \"data\"" : null,
        $"| summarize Events = count(), Servers = make_set(Server, {SiemPolicy.ListCap}), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by Client, EventId = EventID, Ring, Group, Priority",
        incidentsOnly ? "| extend Severity = iff(Priority == \"incident\", \"High\", \"Medium\")" : null,
        ClientEntities,
        "| order by Priority desc, Events desc, Client asc");

    private string EnforcementCheck()
    {
        var active = policy.ActiveSignals.ToList();
        var control = active.Count == 0
            ? "| extend Control = \"\""
            : "| extend Control = case(" + string.Join(",\n    ", active.Select(s => $"{Condition(s)}, {KqlString(s.Control)}")) + ",\n    \"\")";
        return Lines(
            Header(SiemQuery.EnforcementCheck),
            Hosts(),
            table.Prelude(SiemEvents.EnforcementEvents.Select(e => e.Channel).Distinct(), SiemEvents.EnforcementEvents.Select(e => e.EventId)),
            $"| extend Server = tolower(Computer), Client = {Name(AuditFields.ClientName)}",
            "| extend HostKey = tostring(split(Server, \".\")[0])",
            "| lookup kind=leftouter SmbpolHosts on HostKey",
            control,
            "| where isnotempty(Control)",
            $"| summarize Events = count(), Servers = make_set(Server, {SiemPolicy.ListCap}), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by Client, Control, EventId = EventID, Ring",
            ClientEntities,
            "| order by Events desc, Client asc");
    }

    private static string Condition(SiemSignal s)
    {
        var parts = new List<string> { $"EventID == {s.Signal.EventId}", $"Channel =~ {KqlString(s.Signal.Channel)}" };
        if (s.Signal.Field is { } field)
        {
            parts.Add($"tolower({Field(field)}) in ({string.Join(", ", s.Signal.Values.Select(KqlString))})");
        }

        parts.Add($"Ring in ({string.Join(", ", s.Rings.Select(KqlString))})");
        return "(" + string.Join(" and ", parts) + ")";
    }

    /// <summary>The client as an alert's entity: an IP address (IPv4, or any name with a colon) or a host name.</summary>
    private const string ClientEntities =
        "| extend ClientAddress = iff(isnotnull(parse_ipv4(Client)) or Client contains \":\", Client, \"\"), ClientHost = iff(isnotnull(parse_ipv4(Client)) or Client contains \":\", \"\", Client)";

    private string[] Header(SiemQuery query) =>
    [
        $"// smbpol {SiemQueries.Title(query)} ({table.Name} table). Policy: {KqlComment(policy.PolicyName)}",
        $"// {SiemQueries.Purpose(query)}",
        "// Generated by smbpol compile; edit the policy, not this file. Deploying: docs/siem.md.",
    ];

    private static string[] Hosts() =>
    [
        $"let SmbpolHosts = _GetWatchlist({KqlString(HostLookupFiles.WatchlistAlias)})",
        "    | project HostKey = tolower(tostring(SearchKey)), Ring = tostring(Ring), Group = tostring(Group), DailyThreshold = tolong(DailyThreshold);",
    ];

    /// <summary>A field of the event as text.</summary>
    private static string Field(string name) => $"tostring(Fields[{KqlString(name)}])";

    /// <summary>A ClientName/ServerName field as readiness reads it: no leading backslashes, lower case.</summary>
    private static string Name(string field) => $"tolower(trim_start(@\"\\\\+\", {Field(field)}))";

    private static string Lines(params object?[] parts)
    {
        var lines = new List<string>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string line:
                    lines.Add(line);
                    break;
                case IEnumerable<string> many:
                    lines.AddRange(many);
                    break;
            }
        }

        return string.Join("\n", lines) + "\n";
    }
}
