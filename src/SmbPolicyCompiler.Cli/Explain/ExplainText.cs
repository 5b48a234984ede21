using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>Explains a ring, group or host for people: what applies and why, with the file position of every decision.</summary>
internal sealed class ExplainText : IReportWriter<Explanation>
{
    public ReportFormat Format => ReportFormat.Text;

    public void Write(TextWriter output, Explanation report)
    {
        var policy = report.Policy;
        switch (report.Target)
        {
            case ExplainTarget.Host h:
                WriteHost(output, policy, h.Value);
                break;
            case ExplainTarget.Group g:
                WriteGroup(output, policy, g.Value);
                break;
            case ExplainTarget.Ring r:
                WriteRing(output, policy, r.Value);
                break;
        }
    }

    private static void WriteHost(TextWriter output, ResolvedPolicy policy, ResolvedHost host)
    {
        output.WriteLine($"host {host.Name}" + (host.DnsName is { } dns ? $" ({dns})" : ""));
        var group = policy.Group(host.Group)!;
        output.WriteLine($"  group    {host.Group}: {host.Membership.Describe()} at {host.Membership.Location}");
        output.WriteLine($"  ring     {RingText(policy, host.Ring)}");
        output.WriteLine($"  role     {host.Role.ToString().ToLowerInvariant()} (group at {group.Definition.Location})");
        WritePlatform(output, group.Definition.Platform);
        if (host.Inventory is { } computer)
        {
            output.WriteLine($"  os       {computer.OperatingSystem} {computer.OperatingSystemVersion} (inventory line {computer.Line})");
        }

        output.WriteLine();
        Table(output, ["control", "stage", "since", "decided by"], host.Controls.Select(c => new[]
        {
            c.Control.Key,
            c.Stage.Name,
            c.Since?.ToString("yyyy-MM-dd") ?? "-",
            c.DecidedBy.Describe() + (c.HeldBack ? $"; ring is at '{c.RingStage.Name}'" : ""),
        }));
        output.WriteLine();
        output.WriteLine("  settings:");
        WriteSettings(output, host.Settings, "    ");
    }

    private static void WriteGroup(TextWriter output, ResolvedPolicy policy, ResolvedGroup group)
    {
        var d = group.Definition;
        output.WriteLine($"group {group.Name}" + (d.Description is { } desc ? $": {desc}" : ""));
        output.WriteLine($"  defined  {d.Location}");
        output.WriteLine($"  owner    {d.Owner ?? "-"}");
        output.WriteLine($"  role     {d.Role.ToString().ToLowerInvariant()}");
        WritePlatform(output, d.Platform);
        output.WriteLine($"  ring     {RingText(policy, group.Ring)}");
        foreach (var m in d.Members.Hosts)
        {
            output.WriteLine($"  member   host {m.Value} ({m.Location})");
        }

        foreach (var m in d.Members.OrganizationalUnits)
        {
            output.WriteLine($"  member   OU {m.Value} ({m.Location})");
        }

        foreach (var m in d.Members.AdGroups)
        {
            output.WriteLine($"  member   AD group {m.Value} ({m.Location})");
        }

        var hosts = group.HostKeys.Select(policy.Host).OfType<ResolvedHost>().Select(h => h.Name).ToList();
        output.WriteLine($"  hosts    {hosts.Count}: {Collapse(hosts, 20)}");
        foreach (var e in policy.Exceptions.Where(e => e.HostKeys.Intersect(group.HostKeys).Any()))
        {
            var held = e.HostKeys.Intersect(group.HostKeys).Select(k => policy.Host(k)?.Name ?? k).ToList();
            output.WriteLine($"  except   {e.Id}: {e.Definition.Control.Value} held at '{e.Definition.Stage.Value}' until {e.Definition.Expires.Value:yyyy-MM-dd} for {Collapse(held, 5)}");
        }
    }

    private static void WriteRing(TextWriter output, ResolvedPolicy policy, ResolvedRing ring)
    {
        output.WriteLine($"ring {ring.Name} ({ring.Order + 1} of {policy.Rings.Count})" + (ring.Definition.Description is { } d ? $": {d}" : ""));
        output.WriteLine($"  defined  {ring.Definition.Location}");
        foreach (var name in ring.Groups)
        {
            var group = policy.Group(name)!;
            var platform = group.Definition.Platform == GroupPlatform.Windows ? "" : ", " + group.Definition.Platform.Text();
            output.WriteLine($"  group    {name} ({group.Definition.Role.ToString().ToLowerInvariant()}, {group.HostKeys.Count} host(s){platform})");
        }

        output.WriteLine();
        Table(output, ["control", "stage", "since", "gate", "decided by"], ring.Controls.Where(c => c.IsManaged).Select(c => new[]
        {
            c.Control.Key,
            c.Stage.Name,
            c.Since?.ToString("yyyy-MM-dd") ?? "-",
            GateText(c),
            c.DecidedBy.Location.ToString(),
        }));
        foreach (var side in ring.Sides)
        {
            output.WriteLine();
            output.WriteLine($"  {side.ToString().ToLowerInvariant()} settings:");
            WriteSettings(output, ring.SettingsFor(side, policy.Policy.Parameters), "    ");
        }

        foreach (var extra in ring.Definition.AdditionalSettings)
        {
            var what = extra.Action switch
            {
                AdditionalSettingAction.Delete => $"{extra.Registry}: delete the value",
                AdditionalSettingAction.DeleteValues => $"{extra.Registry.ShortKey}: delete every value of the key",
                _ => $"{extra.Registry} = {FormatData(extra.Data)}",
            };
            output.WriteLine($"  additional {what} ({extra.Side.ToString().ToLowerInvariant()}, {extra.Location})");
        }
    }

    private static void WriteSettings(TextWriter output, IReadOnlyList<DesiredSetting> settings, string indent)
    {
        if (settings.Count == 0)
        {
            output.WriteLine($"{indent}(none: nothing is managed)");
            return;
        }

        foreach (var s in settings)
        {
            output.WriteLine($"{indent}{s.Setting.GpoLocation} = {s.Value}  ({s.ControlKey} {s.StageName}, {s.Setting.Mechanism}, from {s.DecidedBy.KindText} '{s.DecidedBy.Name}')");
        }
    }

    private static string GateText(RingControl c)
    {
        var parts = new List<string>();
        if (c.Gate.MinAuditDays is { } days)
        {
            parts.Add($"{days}d audit");
        }

        if (c.Gate.ReadinessPercent is { } pct)
        {
            parts.Add($"{pct}% ready");
        }

        if (c.Gate.MaxIncompatibleClients is { } max)
        {
            parts.Add($"≤{max} blocking");
        }

        parts.Add($"evidence ≥{c.Gate.EffectiveMinReportingPercent}% reporting, ≥{c.Gate.EffectiveMinDaysOfData}d of data");
        return string.Join(", ", parts);
    }

    private static string RingText(ResolvedPolicy policy, string? ring) =>
        ring is null ? "(none: the group is in no ring)" : $"{ring} ({policy.Ring(ring)!.Order + 1} of {policy.Rings.Count})";

    private static string FormatData(object data) => data switch
    {
        string[] list => string.Join(", ", list),
        byte[] bytes => HexBytes.Format(bytes),
        _ => data.ToString() ?? "",
    };

    private static string Collapse(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max);

    private static void Table(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var table = new TextTable(header) { MaxCellLength = int.MaxValue };
        foreach (var row in rows)
        {
            table.Add(row);
        }

        table.Write(output, "  ");
    }

    /// <summary>Only for groups not under Group Policy: which back end carries their settings instead.</summary>
    private static void WritePlatform(TextWriter output, GroupPlatform platform)
    {
        if (platform == GroupPlatform.Samba)
        {
            output.WriteLine("  platform samba: no GPO; the ring's samba/<ring>-<side>.conf carries what Samba can (docs/samba.md)");
        }
        else if (platform == GroupPlatform.Intune)
        {
            output.WriteLine("  platform intune: no GPO; the ring's intune/ Settings Catalog policies carry what has a Policy CSP (docs/intune.md)");
        }
    }
}
