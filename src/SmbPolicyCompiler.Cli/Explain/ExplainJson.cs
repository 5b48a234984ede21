using System.Text.Json;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>Explains a ring, group or host as JSON, with the same facts as the text form.</summary>
public sealed class ExplainJson : IReportWriter<Explanation>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, Explanation report)
    {
        using (var stream = new TextWriterStream(output))
        {
            Write(stream, report.Policy, report.Target);
        }

        output.Write('\n');
    }

    private static void Write(Stream output, ResolvedPolicy policy, ExplainTarget target)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        switch (target)
        {
            case ExplainTarget.Host h:
                WriteHost(json, h.Value);
                break;
            case ExplainTarget.Group g:
                WriteGroup(json, policy, g.Value);
                break;
            case ExplainTarget.Ring r:
                WriteRing(json, policy, r.Value);
                break;
        }
    }

    private static void WriteHost(Utf8JsonWriter json, ResolvedHost host)
    {
        json.WriteStartObject();
        json.WriteString("kind", "host");
        json.WriteString("name", host.Name);
        json.WriteString("dnsName", host.DnsName);
        json.WriteString("group", host.Group);
        json.WriteString("ring", host.Ring);
        json.WriteString("role", host.Role.ToString().ToLowerInvariant());
        json.WriteStartObject("membership");
        json.WriteString("kind", host.Membership.Kind.ToString());
        json.WriteString("selector", host.Membership.Selector);
        WriteLocation(json, "location", host.Membership.Location);
        json.WriteEndObject();
        json.WriteStartArray("controls");
        foreach (var c in host.Controls)
        {
            json.WriteStartObject();
            json.WriteString("control", c.Control.Key);
            json.WriteString("stage", c.Stage.Name);
            json.WriteString("ringStage", c.RingStage.Name);
            json.WriteString("since", c.Since?.ToString("yyyy-MM-dd"));
            json.WriteString("exception", c.ExceptionId);
            WriteProvenance(json, c.DecidedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSettings(json, host.Settings);
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, ResolvedPolicy policy, ResolvedGroup group)
    {
        var d = group.Definition;
        json.WriteStartObject();
        json.WriteString("kind", "group");
        json.WriteString("name", group.Name);
        json.WriteString("description", d.Description);
        json.WriteString("owner", d.Owner);
        json.WriteString("role", d.Role.ToString().ToLowerInvariant());
        json.WriteString("ring", group.Ring);
        WriteLocation(json, "location", d.Location);
        json.WriteStartArray("hosts");
        foreach (var host in group.HostKeys.Select(policy.Host).OfType<ResolvedHost>())
        {
            json.WriteStringValue(host.Name);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRing(Utf8JsonWriter json, ResolvedPolicy policy, ResolvedRing ring)
    {
        json.WriteStartObject();
        json.WriteString("kind", "ring");
        json.WriteString("name", ring.Name);
        json.WriteNumber("order", ring.Order + 1);
        json.WriteString("description", ring.Definition.Description);
        WriteLocation(json, "location", ring.Definition.Location);
        json.WriteStartArray("groups");
        foreach (var group in ring.Groups)
        {
            json.WriteStringValue(group);
        }

        json.WriteEndArray();
        json.WriteStartArray("controls");
        foreach (var c in ring.Controls)
        {
            json.WriteStartObject();
            json.WriteString("control", c.Control.Key);
            json.WriteString("stage", c.Stage.Name);
            json.WriteString("since", c.Since?.ToString("yyyy-MM-dd"));
            json.WriteStartObject("gate");
            WriteNullable(json, "minAuditDays", c.Gate.MinAuditDays);
            WriteNullable(json, "readinessPercent", c.Gate.ReadinessPercent);
            WriteNullable(json, "maxIncompatibleClients", c.Gate.MaxIncompatibleClients);
            json.WriteEndObject();
            WriteProvenance(json, c.DecidedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach (var side in ring.Sides)
        {
            json.WritePropertyName(side == Side.Server ? "serverSettings" : "clientSettings");
            WriteSettingArray(json, ring.SettingsFor(side, policy.Policy.Parameters));
        }

        json.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter json, IReadOnlyList<DesiredSetting> settings)
    {
        json.WritePropertyName("settings");
        WriteSettingArray(json, settings);
    }

    private static void WriteSettingArray(Utf8JsonWriter json, IReadOnlyList<DesiredSetting> settings)
    {
        json.WriteStartArray();
        foreach (var s in settings)
        {
            json.WriteStartObject();
            json.WriteString("setting", s.Setting.Id);
            json.WriteString("registry", s.Setting.GpoLocation.ToString());
            json.WriteNumber("value", s.Value);
            json.WriteString("mechanism", s.Setting.Mechanism.ToString());
            json.WriteString("control", s.ControlKey);
            json.WriteString("stage", s.StageName);
            WriteProvenance(json, s.DecidedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter json, Provenance provenance)
    {
        json.WriteStartObject("decidedBy");
        json.WriteString("kind", provenance.KindText);
        json.WriteString("name", provenance.Name);
        WriteLocation(json, "location", provenance.Location);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("file", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
