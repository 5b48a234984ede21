using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Syntax;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Reads schema-checked YAML documents into the policy model. Sections may be spread over any files.</summary>
internal sealed class PolicyReader(DiagnosticBag diagnostics)
{
    private readonly List<YMapping> _groupNodes = [];
    private readonly List<(YMapping Node, SourceLocation At)> _ringSections = [];
    private readonly List<YMapping> _exceptionNodes = [];
    private (YMapping Node, SourceLocation At)? _policySection;
    private (YMapping Node, SourceLocation At)? _ringsSection;

    public void Add(YMapping document)
    {
        if (document.Find("policy") is { Value: YMapping policy } policyEntry)
        {
            if (_policySection is { } first)
            {
                diagnostics.Add(PolicyDiagnostics.SectionTwice(policyEntry.Key.Location, "policy", first.At));
            }
            else
            {
                _policySection = (policy, policyEntry.Key.Location);
            }
        }

        if (document.Find("rings") is { } ringsEntry)
        {
            if (_ringsSection is { } first)
            {
                diagnostics.Add(PolicyDiagnostics.SectionTwice(ringsEntry.Key.Location, "rings", first.At));
            }
            else
            {
                _ringsSection = (document, ringsEntry.Key.Location);
            }
        }

        _groupNodes.AddRange(document.Mappings("groups"));
        _exceptionNodes.AddRange(document.Mappings("exceptions"));
    }

    /// <summary>The model, or null when a required section is missing (a diagnostic says which).</summary>
    public (PolicySettings? Policy, IReadOnlyList<GroupDefinition> Groups, IReadOnlyList<RingDefinition> Rings, IReadOnlyList<ExceptionDefinition> Exceptions) Finish(string root)
    {
        if (_policySection is null)
        {
            diagnostics.Add(PolicyDiagnostics.SectionMissing(root, "policy", "'policy: { name: contoso-smb, domain: corp.contoso.com }'"));
        }

        if (_ringsSection is null)
        {
            diagnostics.Add(PolicyDiagnostics.SectionMissing(root, "rings", "'rings: [ { name: pilot, groups: [lab-servers] } ]'"));
        }

        var policy = _policySection is { } p ? ReadPolicy(p.Node) : null;
        var defaultRole = policy?.DefaultRole ?? GroupRole.Server;
        var groups = _groupNodes.Select(g => ReadGroup(g, defaultRole)).ToList();
        var rings = _ringsSection is { } r ? r.Node.Mappings("rings").Select((ring, i) => ReadRing(ring, i)).ToList() : [];
        var exceptions = _exceptionNodes.Select(ReadException).OfType<ExceptionDefinition>().ToList();
        return (policy, groups, rings, exceptions);
    }

    private PolicySettings ReadPolicy(YMapping node)
    {
        var defaults = node.Mapping("defaults");
        var settings = node.Mapping("settings");
        var parameters = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            [ControlCatalogue.RateLimiterDelayParameter] = settings?.Integer(ControlCatalogue.RateLimiterDelayParameter) ?? 2000,
        };
        return new PolicySettings(
            node.Text("name") ?? "",
            node.Text("domain") ?? "",
            node.Text("description"),
            node.Text("owner"),
            node.LocatedText("inventory"),
            node.Text("gpoNamePrefix") ?? PolicySettings.DefaultGpoNamePrefix,
            (int?)node.Integer("maxExceptionDays"),
            (int?)node.Integer("expiryWarningDays") ?? PolicySettings.DefaultExpiryWarningDays,
            parameters,
            ParseRole(defaults?.Text("role")) ?? GroupRole.Server,
            ReadGates(defaults?.Mapping("gates")),
            ReadRollback(node.Mapping("rollback")),
            node.Location)
        {
            Monitors = MonitorsReader.Read(node.Mapping("monitors")),
        };
    }

    private static SortedDictionary<string, long> ReadRollback(YMapping? node)
    {
        var values = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in node?.Entries ?? [])
        {
            if (node!.Integer(entry.Key.Value) is { } value)
            {
                values[entry.Key.Value] = value;
            }
        }

        return values;
    }

    private static GroupDefinition ReadGroup(YMapping node, GroupRole defaultRole)
    {
        var members = node.Mapping("members");
        return new GroupDefinition(
            node.LocatedText("name") ?? new Located<string>("", node.Location),
            node.Text("description"),
            node.Text("owner"),
            ParseRole(node.Text("role")) ?? defaultRole,
            members is null ? GroupMembers.Empty : new GroupMembers(members.TextList("hosts"), members.TextList("ous"), members.TextList("adGroups")),
            node.TextList("tags").Select(t => t.Value).ToList(),
            node.Text("maxDialect"),
            node.Text("linkTo"),
            node.Location)
        {
            Platform = GroupPlatformExtensions.Parse(node.Text("platform")) ?? GroupPlatform.Windows,
        };
    }

    private RingDefinition ReadRing(YMapping node, int order)
    {
        var controls = new SortedDictionary<string, ControlTimeline>(StringComparer.Ordinal);
        foreach (var entry in node.Mapping("controls")?.Entries ?? [])
        {
            if (ControlCatalogue.Find(entry.Key.Value) is { } control && entry.Value is YMapping stages)
            {
                controls[control.Key] = new ControlTimeline(control, ReadStages(stages), entry.Key.Location);
            }
        }

        return new RingDefinition(
            node.LocatedText("name") ?? new Located<string>("", node.Location),
            order,
            node.Text("description"),
            node.TextList("groups"),
            controls,
            ReadGates(node.Mapping("gates")),
            node.Mappings("additionalSettings").Select(a => AdditionalSettingReader.Read(a, diagnostics)).OfType<AdditionalSetting>().ToList(),
            node.Location)
        {
            Monitors = MonitorsReader.Read(node.Mapping("monitors")),
        };
    }

    private List<StageEntry> ReadStages(YMapping stages)
    {
        var entries = new List<StageEntry>();
        foreach (var entry in stages.Entries)
        {
            if (entry.Value is YScalar date && ReadDate(date) is { } since)
            {
                entries.Add(new StageEntry(entry.Key.Value, since, entry.Key.Location));
            }
        }

        return entries;
    }

    private SortedDictionary<string, Gate> ReadGates(YMapping? node)
    {
        var gates = new SortedDictionary<string, Gate>(StringComparer.Ordinal);
        foreach (var entry in node?.Entries ?? [])
        {
            if (entry.Value is YMapping gate)
            {
                gates[entry.Key.Value] = new Gate(
                    (int?)gate.Integer("minAuditDays"),
                    gate.Number("readinessPercent"),
                    (int?)gate.Integer("maxIncompatibleClients"),
                    entry.Key.Location,
                    gate.Number("minReportingPercent"),
                    (int?)gate.Integer("minDaysOfData"));
            }
        }

        return gates;
    }

    private ExceptionDefinition? ReadException(YMapping node)
    {
        if (node.LocatedText("id") is not { } id || node.LocatedText("control") is not { } control ||
            node.LocatedText("stage") is not { } stage || node["expires"] is not YScalar expiresNode ||
            ReadDate(expiresNode) is not { } expires)
        {
            return null;
        }

        var created = node["created"] is YScalar c ? ReadDate(c) : null;
        var hosts = node.TextList("hosts");
        var groupNames = node.TextList("groups");
        if (hosts.Count == 0 && groupNames.Count == 0)
        {
            diagnostics.Add(PolicyDiagnostics.MissingField(node.Location, "hosts' or 'groups", $"exception '{id.Value}'"));
        }

        return new ExceptionDefinition(id, hosts, groupNames, control, stage, node.Text("reason") ?? "", node.Text("owner") ?? "",
            node.Text("ticket"), created, new Located<DateOnly>(expires, expiresNode.Location), node.Location);
    }

    private DateOnly? ReadDate(YScalar node)
    {
        var date = YNodeExtensions.ParseDate(node.Value);
        if (date is null)
        {
            diagnostics.Add(PolicyDiagnostics.InvalidDate(node.Location, node.Value));
        }

        return date;
    }

    private static GroupRole? ParseRole(string? text) => text switch
    {
        "server" => GroupRole.Server,
        "client" => GroupRole.Client,
        "both" => GroupRole.Both,
        _ => null,
    };
}
