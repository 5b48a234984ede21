using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>Explains a ring, group or host for people: what applies and why, with the file position of every decision.</summary>
public static class ExplainText
{
    public static void Write(TextWriter o, ResolvedPolicy policy, ExplainTarget target)
    {
        switch (target)
        {
            case ExplainTarget.Host h:
                WriteHost(o, policy, h.Value);
                break;
            case ExplainTarget.Group g:
                WriteGroup(o, policy, g.Value);
                break;
            case ExplainTarget.Ring r:
                WriteRing(o, policy, r.Value);
                break;
        }
    }

    private static void WriteHost(TextWriter o, ResolvedPolicy policy, ResolvedHost host)
    {
        o.WriteLine($"host {host.Name}" + (host.DnsName is { } dns ? $" ({dns})" : ""));
        var group = policy.Group(host.Group)!;
        o.WriteLine($"  group    {host.Group}: {host.Membership.Describe()} at {host.Membership.Location}");
        o.WriteLine($"  ring     {RingText(policy, host.Ring)}");
        o.WriteLine($"  role     {host.Role.ToString().ToLowerInvariant()} (group at {group.Definition.Location})");
        if (host.Inventory is { } computer)
        {
            o.WriteLine($"  os       {computer.OperatingSystem} {computer.OperatingSystemVersion} (inventory line {computer.Line})");
        }

        o.WriteLine();
        Table(o, ["control", "stage", "since", "decided by"], host.Controls.Select(c => new[]
        {
            c.Control.Key,
            c.Stage.Name,
            c.Since?.ToString("yyyy-MM-dd") ?? "-",
            c.DecidedBy.Describe() + (c.HeldBack ? $"; ring is at '{c.RingStage.Name}'" : ""),
        }));
        o.WriteLine();
        o.WriteLine("  settings:");
        WriteSettings(o, host.Settings, "    ");
    }

    private static void WriteGroup(TextWriter o, ResolvedPolicy policy, ResolvedGroup group)
    {
        var d = group.Definition;
        o.WriteLine($"group {group.Name}" + (d.Description is { } desc ? $": {desc}" : ""));
        o.WriteLine($"  defined  {d.Location}");
        o.WriteLine($"  owner    {d.Owner ?? "-"}");
        o.WriteLine($"  role     {d.Role.ToString().ToLowerInvariant()}");
        o.WriteLine($"  ring     {RingText(policy, group.Ring)}");
        foreach (var m in d.Members.Hosts)
        {
            o.WriteLine($"  member   host {m.Value} ({m.Location})");
        }

        foreach (var m in d.Members.OrganizationalUnits)
        {
            o.WriteLine($"  member   OU {m.Value} ({m.Location})");
        }

        foreach (var m in d.Members.AdGroups)
        {
            o.WriteLine($"  member   AD group {m.Value} ({m.Location})");
        }

        var hosts = group.HostKeys.Select(policy.Host).OfType<ResolvedHost>().Select(h => h.Name).ToList();
        o.WriteLine($"  hosts    {hosts.Count}: {Collapse(hosts, 20)}");
        foreach (var e in policy.Exceptions.Where(e => e.HostKeys.Intersect(group.HostKeys).Any()))
        {
            var held = e.HostKeys.Intersect(group.HostKeys).Select(k => policy.Host(k)?.Name ?? k).ToList();
            o.WriteLine($"  except   {e.Id}: {e.Definition.Control.Value} held at '{e.Definition.Stage.Value}' until {e.Definition.Expires.Value:yyyy-MM-dd} for {Collapse(held, 5)}");
        }
    }

    private static void WriteRing(TextWriter o, ResolvedPolicy policy, ResolvedRing ring)
    {
        o.WriteLine($"ring {ring.Name} ({ring.Order + 1} of {policy.Rings.Count})" + (ring.Definition.Description is { } d ? $": {d}" : ""));
        o.WriteLine($"  defined  {ring.Definition.Location}");
        foreach (var name in ring.Groups)
        {
            var group = policy.Group(name)!;
            o.WriteLine($"  group    {name} ({group.Definition.Role.ToString().ToLowerInvariant()}, {group.HostKeys.Count} host(s))");
        }

        o.WriteLine();
        Table(o, ["control", "stage", "since", "gate", "decided by"], ring.Controls.Where(c => c.IsManaged).Select(c => new[]
        {
            c.Control.Key,
            c.Stage.Name,
            c.Since?.ToString("yyyy-MM-dd") ?? "-",
            GateText(c),
            c.DecidedBy.Location.ToString(),
        }));
        foreach (var side in ring.Sides)
        {
            o.WriteLine();
            o.WriteLine($"  {side.ToString().ToLowerInvariant()} settings:");
            WriteSettings(o, ring.SettingsFor(side, policy.Policy.Parameters), "    ");
        }

        foreach (var extra in ring.Definition.AdditionalSettings)
        {
            o.WriteLine($"  additional {extra.Registry} = {FormatData(extra.Data)} ({extra.Side.ToString().ToLowerInvariant()}, {extra.Location})");
        }
    }

    private static void WriteSettings(TextWriter o, IReadOnlyList<DesiredSetting> settings, string indent)
    {
        if (settings.Count == 0)
        {
            o.WriteLine($"{indent}(none: nothing is managed)");
            return;
        }

        foreach (var s in settings)
        {
            o.WriteLine($"{indent}{s.Setting.GpoLocation} = {s.Value}  ({s.ControlKey} {s.StageName}, {s.Setting.Mechanism}, from {s.DecidedBy.KindText} '{s.DecidedBy.Name}')");
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

        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }

    private static string RingText(ResolvedPolicy policy, string? ring) =>
        ring is null ? "(none: the group is in no ring)" : $"{ring} ({policy.Ring(ring)!.Order + 1} of {policy.Rings.Count})";

    private static string FormatData(object data) => data is string[] list ? string.Join(", ", list) : data.ToString() ?? "";

    private static string Collapse(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max);

    private static void Table(TextWriter o, string[] header, IEnumerable<string[]> rows)
    {
        var table = new TextTable(header) { MaxCellLength = int.MaxValue };
        foreach (var row in rows)
        {
            table.Add(row);
        }

        table.Write(o, "  ");
    }
}
