using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>Explains a ring, group or host as JSON, with the same facts as the text form.</summary>
internal sealed class ExplainJson : IReportWriter<Explanation>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, Explanation report)
    {
        var context = ExplainJsonContext.Default;
        switch (report.Target)
        {
            case ExplainTarget.Host h:
                ReportJson.Write(output, Host(h.Value), context.ExplainHostJson);
                break;
            case ExplainTarget.Group g:
                ReportJson.Write(output, Group(report.Policy, g.Value), context.ExplainGroupJson);
                break;
            case ExplainTarget.Ring r:
                ReportJson.Write(output, Ring(report.Policy, r.Value), context.ExplainRingJson);
                break;
        }
    }

    private static ExplainHostJson Host(ResolvedHost host) => new(
        "host",
        host.Name,
        host.DnsName,
        host.Group,
        host.Ring,
        host.Role.ToString().ToLowerInvariant(),
        new ExplainMembershipJson(host.Membership.Kind.ToString(), host.Membership.Selector, Location(host.Membership.Location)),
        [.. host.Controls.Select(c => new ExplainHostControlJson(c.Control.Key, c.Stage.Name, c.RingStage.Name, Day(c.Since), c.ExceptionId, Decision(c.DecidedBy)))],
        Settings(host.Settings));

    private static ExplainGroupJson Group(ResolvedPolicy policy, ResolvedGroup group) => new(
        "group",
        group.Name,
        group.Definition.Description,
        group.Definition.Owner,
        group.Definition.Role.ToString().ToLowerInvariant(),
        group.Ring,
        Location(group.Definition.Location),
        [.. group.HostKeys.Select(policy.Host).OfType<ResolvedHost>().Select(h => h.Name)]);

    private static ExplainRingJson Ring(ResolvedPolicy policy, ResolvedRing ring)
    {
        IReadOnlyList<ExplainSettingJson>? SettingsOf(Side side) =>
            ring.Sides.Contains(side) ? Settings(ring.SettingsFor(side, policy.Policy.Parameters)) : null;

        return new ExplainRingJson(
            "ring",
            ring.Name,
            ring.Order + 1,
            ring.Definition.Description,
            Location(ring.Definition.Location),
            ring.Groups,
            [.. ring.Controls.Select(c => new ExplainRingControlJson(
                c.Control.Key,
                c.Stage.Name,
                Day(c.Since),
                new ExplainGateJson(c.Gate.MinAuditDays, c.Gate.ReadinessPercent, c.Gate.MaxIncompatibleClients, c.Gate.EffectiveMinReportingPercent, c.Gate.EffectiveMinDaysOfData),
                Decision(c.DecidedBy)))],
            SettingsOf(Side.Server),
            SettingsOf(Side.Client));
    }

    private static List<ExplainSettingJson> Settings(IReadOnlyList<DesiredSetting> settings) =>
    [
        .. settings.Select(s => new ExplainSettingJson(
            s.Setting.Id, s.Setting.GpoLocation.ToString(), s.Value, s.Setting.Mechanism.ToString(), s.ControlKey, s.StageName, Decision(s.DecidedBy))),
    ];

    private static ExplainDecisionJson Decision(Provenance provenance) => new(provenance.KindText, provenance.Name, Location(provenance.Location));

    private static ExplainLocationJson Location(SourceLocation location) => new(location.Path, location.Line, location.Column);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");
}
