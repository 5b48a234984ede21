using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Siem.Yaml;

namespace SmbPolicyCompiler.Emit.Siem.Sigma;

/// <summary>
/// Sigma rules for the query kinds a single-event rule (or an event_count correlation) can express; the readiness
/// aggregate is a report, not a detection, and has no Sigma form. Rings are expressed as the Computer names (FQDN
/// and short name) of their servers, since a Sigma rule cannot join a lookup. The logsource is the custom service
/// smbserver-audit (smbserver-operational for event 1003), mapped to its channel by the pipeline beside the rules.
/// </summary>
internal sealed class SigmaRules(SiemPolicy policy)
{
    public const string AuditService = "smbserver-audit";
    public const string OperationalService = "smbserver-operational";

    public IEnumerable<(string Name, byte[] Utf8)> All()
    {
        yield return Rule("smbpol_smb1_access", "smbpol: SMB1 access (data)", SiemQueries.Purpose(SiemQuery.Smb1), AuditService,
            [("selection", [("EventID", [Id(AuditEvents.Smb1Access)])])], "selection", "low", Smb1Tags, [], "smb1");
        yield return Rule("smbpol_smb1_client_cannot_sign", "smbpol: SMB1 client that cannot sign", "An SMB1 client that cannot sign (3027): high priority.", AuditService,
            [("selection", [("EventID", [Id(AuditEvents.Smb1ClientDoesNotSupportSigning)])])], "selection", "medium", Smb1Tags, [], "smb1-3027");

        var disabled = policy.Smb1DisabledRings.SelectMany(policy.ComputerNamesOf).Distinct(StringComparer.Ordinal).ToList();
        if (disabled.Count > 0)
        {
            yield return Rule("smbpol_smb1_incident", "smbpol: SMB1 incident", SiemQueries.Purpose(SiemQuery.Smb1Incident), AuditService,
                [("selection", [("EventID", [Id(AuditEvents.Smb1Access)])]), ("ring_servers", [("Computer", disabled)])],
                "selection and ring_servers", "high", Smb1Tags, [], "smb1-incident");
        }

        foreach (var ring in policy.RingFolders)
        {
            var servers = policy.ComputerNamesOf(ring.Name).ToList();
            if (servers.Count == 0)
            {
                continue;
            }

            var baseName = $"smbpol_cannot_sign_or_no_spn_{ring.Folder}";
            yield return Rule(baseName, $"smbpol: client cannot sign or sent no SPN, ring {ring.Name}", "A 3021 (cannot sign) or 3024 (no SPN) event on a server of the ring; counted by the daily alert correlation.", AuditService,
                [("selection", [("EventID", SiemEvents.DailyAlert.Select(Id).ToList())]), ("ring_servers", [("Computer", servers)])],
                "selection and ring_servers", "informational", SigningTags, [], "daily-base", ring.Name);
            yield return Correlation($"smbpol_daily_alert_{ring.Folder}", baseName, ring.Name, policy.ThresholdOf(ring.Name));
        }

        foreach (var signal in policy.ActiveSignals)
        {
            var servers = signal.Rings.SelectMany(policy.ComputerNamesOf).Distinct(StringComparer.Ordinal).ToList();
            if (servers.Count == 0)
            {
                continue;
            }

            var selection = new List<(string, IReadOnlyList<string>)> { ("EventID", [signal.Signal.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture)]) };
            if (signal.Signal.Field is { } field)
            {
                selection.Add((field, signal.Signal.Values));
            }

            var service = signal.Signal.Channel == AuditEvents.ServerChannel ? AuditService : OperationalService;
            yield return Rule($"smbpol_enforcement_{signal.Control}_{signal.Signal.EventId}", $"smbpol: enforcement breakage, {signal.Control} event {signal.Signal.EventId}",
                $"{SiemQueries.Purpose(SiemQuery.EnforcementCheck)} This rule: {signal.Signal.Meaning}.", service,
                [("selection", selection), ("ring_servers", [("Computer", servers)])], "selection and ring_servers", "high", SigningTags,
                signal.Signal.Verified ? [] : ["Unverified signal: Microsoft does not document that the event is logged when the server refuses the client (docs/siem.md)."],
                "enforcement", signal.Control, signal.Signal.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The pySigma processing pipeline that maps the custom services to their channels (the taxonomy entry).</summary>
    public static string Pipeline() => new YamlText()
        .Plain(0, "name", "smbpol SMB server logsources")
        .Plain(0, "priority", "20")
        .Key(0, "transformations")
        .Plain(2, "- id", "smbpol_smbserver_audit_channel")
        .Plain(4, "type", "add_condition")
        .Key(4, "conditions")
        .Quoted(6, "Channel", AuditEvents.ServerChannel)
        .Key(4, "rule_conditions")
        .Plain(6, "- type", "logsource")
        .Plain(8, "product", "windows")
        .Plain(8, "service", AuditService)
        .Plain(2, "- id", "smbpol_smbserver_operational_channel")
        .Plain(4, "type", "add_condition")
        .Key(4, "conditions")
        .Quoted(6, "Channel", EnforcementSignals.ServerOperationalChannel)
        .Key(4, "rule_conditions")
        .Plain(6, "- type", "logsource")
        .Plain(8, "product", "windows")
        .Plain(8, "service", OperationalService)
        .ToString();

    private static readonly string[] Smb1Tags = ["attack.lateral-movement", "attack.t1210"];
    private static readonly string[] SigningTags = ["attack.credential-access", "attack.t1557"];

    private static string Id(AuditEventDefinition e) => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private (string, byte[]) Rule(
        string name, string title, string description, string service,
        IReadOnlyList<(string Name, List<(string Field, IReadOnlyList<string> Values)> Fields)> selections,
        string condition, string level, IReadOnlyList<string> tags, IReadOnlyList<string> falsePositives, params string[] idParts)
    {
        var yaml = Header(title, description, idParts).Key(0, "tags");
        foreach (var tag in tags)
        {
            yaml.PlainItem(2, tag);
        }

        yaml.Key(0, "logsource").Plain(2, "product", "windows").Plain(2, "service", service).Key(0, "detection");
        foreach (var (selectionName, fields) in selections)
        {
            yaml.Key(2, selectionName);
            foreach (var (field, values) in fields)
            {
                yaml.Key(4, field);
                foreach (var value in values)
                {
                    // Event ids are numbers in Sigma; every other value is text from the catalogue or the policy.
                    _ = field == "EventID" ? yaml.PlainItem(6, value) : yaml.Item(6, value);
                }
            }
        }

        yaml.Plain(2, "condition", condition);
        if (falsePositives.Count > 0)
        {
            yaml.Key(0, "falsepositives");
            foreach (var text in falsePositives)
            {
                yaml.Item(2, text);
            }
        }

        yaml.Plain(0, "level", level);
        return (name, yaml.Quoted(0, "name", name).ToUtf8());
    }

    private (string, byte[]) Correlation(string name, string baseRule, string ring, int threshold)
    {
        var yaml = Header($"smbpol: daily alert, ring {ring}", $"{SiemQueries.Purpose(SiemQuery.DailyAlert)} Ring {ring}: more than {threshold} a day.", "daily-alert", ring)
            .Quoted(0, "name", name)
            .Key(0, "correlation")
            .Plain(2, "type", "event_count")
            .Key(2, "rules")
            .Item(4, baseRule)
            .Key(2, "group-by")
            .PlainItem(4, "ClientName")
            .Plain(2, "timespan", "1d")
            .Key(2, "condition")
            .Plain(4, "gt", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Plain(0, "level", "medium");
        return (name, yaml.ToUtf8());
    }

    private YamlText Header(string title, string description, params string[] idParts) => new YamlText()
        .Quoted(0, "title", title)
        .Plain(0, "id", StableGuid.Create(["siem", "sigma", policy.PolicyName, .. idParts]).ToString("D"))
        .Plain(0, "status", "experimental")
        .Quoted(0, "description", $"{description} Policy: {policy.PolicyName}. Generated by smbpol compile.")
        .Plain(0, "author", "smbpol")
        .Quoted(0, "date", policy.Date);
}
