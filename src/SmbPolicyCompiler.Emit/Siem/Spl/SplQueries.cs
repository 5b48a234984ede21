using System.Globalization;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Siem.Lookup;
using static SmbPolicyCompiler.Formats.Escape;

namespace SmbPolicyCompiler.Emit.Siem.Spl;

/// <summary>
/// The SPL of every query kind, for events collected by Splunk_TA_windows with renderXml (source
/// XmlWinEventLog:&lt;channel&gt;; fields named as the event XML names them: EventID, Channel, Computer and the
/// EventData names). Every value from the policy goes through <see cref="SplString"/>. Days and times are computed
/// from _time in UTC (the macro smbpol_utc_iso), never with strftime, which formats in the searching user's zone.
/// </summary>
internal sealed class SplQueries(SiemPolicy policy)
{
    public const string IndexMacro = "smbpol_index";
    public const string UtcMacro = "smbpol_utc_iso";
    public const string NoRing = "(none)";

    private static readonly string ServerChannel = SplString(AuditEvents.ServerChannel);

    /// <summary>The query, one pipe per line.</summary>
    public string Text(SiemQuery query) => query switch
    {
        SiemQuery.ReadinessAggregate => ReadinessAggregate(),
        SiemQuery.DailyAlert => DailyAlert(),
        SiemQuery.Smb1 => Smb1(incidentsOnly: false),
        SiemQuery.Smb1Incident => Smb1(incidentsOnly: true),
        _ => EnforcementCheck(),
    };

    private string ReadinessAggregate() => Lines(
        Search(SiemEvents.ChannelsOf(SiemEvents.Readiness), SiemEvents.Readiness.Select(e => e.Id)),
        $"| eval ServerSide=if(Channel=={ServerChannel}, 1, 0)",
        $"| eval Server=lower(if(ServerSide==1, Computer, {StripSlashes("ServerName")})), Client=lower(if(ServerSide==1, {StripSlashes("ClientName")}, Computer)), EventId=EventID, DayStart=floor(_time/86400)*86400",
        // Rows without a client or server stay (as ""), as the KQL keeps them: readiness counts such events.
        "| eval Server=coalesce(Server, \"\"), Client=coalesce(Client, \"\")",
        "| stats count AS Count, min(_time) AS First, max(_time) AS Last, values(UserName) AS Users, values(SPN) AS Spns BY Server, Client, EventId, DayStart",
        $"| eval Users=mvindex(Users, 0, {SiemPolicy.ListCap - 1}), Spns=mvindex(Spns, 0, {SiemPolicy.ListCap - 1})",
        Utc("DayStart", "Day"),
        "| eval Day=substr(Day, 1, 10)",
        Utc("First", "FirstSeen"),
        Utc("Last", "LastSeen"),
        LookupHosts("Ring", "Group"),
        "| table Server, Client, EventId, Day, Count, FirstSeen, LastSeen, Users, Spns, Ring, Group",
        "| sort 0 Day, Server, Client, EventId");

    private string DailyAlert() => Lines(
        Search(SiemEvents.ChannelsOf(SiemEvents.DailyAlert), SiemEvents.DailyAlert.Select(e => e.Id)),
        $"| eval Server=lower(Computer), Client=lower({StripSlashes("ClientName")})",
        "| where isnotnull(Client) AND Client!=\"\"",
        LookupHosts(("ring", "Ring"), ("daily_threshold", "Threshold")),
        // The threshold is the server's ring's, from the lookup; servers outside the policy take the policy's.
        $"| eval Threshold=coalesce(tonumber(Threshold), {Number(policy.DefaultThreshold)})",
        $"| stats count AS Events, values(EventID) AS EventIds, values(Server) AS Servers, min(_time) AS First, max(_time) AS Last BY Client, Ring, Threshold",
        $"| eval Servers=mvindex(Servers, 0, {SiemPolicy.ListCap - 1})",
        "| where Events > Threshold",
        Utc("First", "FirstSeen"),
        Utc("Last", "LastSeen"),
        "| sort 0 -Events, Client");

    private string Smb1(bool incidentsOnly) => Lines(
        Search(SiemEvents.ChannelsOf(SiemEvents.Smb1), SiemEvents.Smb1.Select(e => e.Id)),
        $"| eval Server=lower(Computer), Client=lower({StripSlashes("ClientName")})",
        LookupHosts("Ring", "Group"),
        $"| eval Priority=case(EventID=={AuditEvents.Smb1Access.Id} AND {InRings(policy.Smb1DisabledRings)}, \"incident\", EventID=={AuditEvents.Smb1ClientDoesNotSupportSigning.Id}, \"high\", true(), \"data\")",
        incidentsOnly ? "| where Priority!=\"data\"" : null,
        $"| stats count AS Events, values(Server) AS Servers, min(_time) AS First, max(_time) AS Last BY Client, EventID, Ring, Group, Priority",
        $"| eval EventId=EventID, Servers=mvindex(Servers, 0, {SiemPolicy.ListCap - 1})",
        incidentsOnly ? "| eval Severity=if(Priority==\"incident\", \"High\", \"Medium\")" : null,
        Utc("First", "FirstSeen"),
        Utc("Last", "LastSeen"),
        "| sort 0 -Priority, -Events, Client");

    private string EnforcementCheck()
    {
        var active = policy.ActiveSignals.ToList();
        var control = active.Count == 0
            ? "| eval Control=\"\""
            : "| eval Control=case(" + string.Concat(active.Select(s => $"{Condition(s)}, {SplString(s.Control)}, ")) + "true(), \"\")";
        return Lines(
            Search(SiemEvents.EnforcementEvents.Select(e => e.Channel).Distinct(), SiemEvents.EnforcementEvents.Select(e => e.EventId)),
            $"| eval Server=lower(Computer), Client=lower({StripSlashes("ClientName")})",
            LookupHosts("Ring"),
            control,
            "| where Control!=\"\"",
            $"| stats count AS Events, values(Server) AS Servers, min(_time) AS First, max(_time) AS Last BY Client, Control, EventID, Ring",
            $"| eval EventId=EventID, Servers=mvindex(Servers, 0, {SiemPolicy.ListCap - 1})",
            Utc("First", "FirstSeen"),
            Utc("Last", "LastSeen"),
            "| sort 0 -Events, Client");
    }

    private static string Condition(SiemSignal s)
    {
        var parts = new List<string> { $"EventID=={Number(s.Signal.EventId)}", $"Channel=={SplString(s.Signal.Channel)}" };
        if (s.Signal.Field is { } field)
        {
            parts.Add($"in(lower({field}), {string.Join(", ", s.Signal.Values.Select(SplString))})");
        }

        parts.Add(InRings(s.Rings));
        return "(" + string.Join(" AND ", parts) + ")";
    }

    private static string InRings(IReadOnlyList<string> rings) =>
        rings.Count == 0 ? "false()" : $"in(Ring, {string.Join(", ", rings.Select(SplString))})";

    /// <summary>The base search: the index macro, the channels as XmlWinEventLog sources, the event ids.</summary>
    private static string Search(IEnumerable<string> channels, IEnumerable<int> eventIds) =>
        $"`{IndexMacro}` source IN ({string.Join(", ", channels.Select(c => SplString("XmlWinEventLog:" + c)))}) " +
        $"EventID IN ({string.Join(", ", eventIds.Distinct().Order().Select(Number))})";

    /// <summary>The ring (and group) of the server from the host lookup, by the short name of Server; "(none)" outside the policy.</summary>
    private static string LookupHosts(params string[] outputs) =>
        LookupHosts([.. outputs.Select(o => (o.ToLowerInvariant(), o))]);

    /// <summary>Lookup columns (ring, group, daily_threshold) as fields; only ring and group are filled with "(none)".</summary>
    private static string LookupHosts(params (string Column, string Field)[] outputs) =>
        $"| eval HostKey=mvindex(split(Server, \".\"), 0)\n| lookup {HostLookupFiles.SplunkLookup} host_key AS HostKey OUTPUT {string.Join(", ", outputs.Select(o => $"{o.Column} AS {o.Field}"))}\n" +
        $"| fillnull value={SplString(NoRing)} {string.Join(" ", outputs.Where(o => o.Column is "ring" or "group").Select(o => o.Field))}";

    /// <summary>A ClientName/ServerName field as readiness reads it: no leading backslashes (lower case is applied by the caller).</summary>
    private static string StripSlashes(string field) => $"replace({field}, {SplString(@"^\\+")}, \"\")";

    private static string Utc(string epochField, string outField) => $"| `{UtcMacro}({epochField}, {outField})`";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lines(params string?[] parts) => string.Join("\n", parts.Where(p => p is not null)) + "\n";
}
