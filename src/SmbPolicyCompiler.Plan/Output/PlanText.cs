using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The plan for people at a terminal.</summary>
public sealed class PlanText : IReportWriter<RolloutPlan>
{
    public ReportFormat Format => ReportFormat.Text;

    public static string Headline(RolloutPlan plan)
    {
        var blocked = plan.HasBlocking ? $"BLOCKED: the head does not validate ({plan.Blocking.Count} error(s)), " : "";
        if (!plan.ChangesComputed)
        {
            return blocked + "the changes could not be computed";
        }

        if (plan.IsEmpty)
        {
            return blocked + "no rollout change";
        }

        var enforce = plan.StageChanges.Where(c => c.ToEnforce).SelectMany(c => c.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var parts = new List<string> { $"{plan.StageChanges.Count} stage change(s)" };
        if (enforce > 0)
        {
            parts.Add($"{enforce} host(s) move to enforce");
        }

        parts.Add($"{plan.ExceptionChanges.Count} exception change(s)");
        parts.Add(plan.ArtifactsCompared ? $"{SettingsAndScriptChanges(plan)} generated settings/script file(s) change" : "generated files not compared");
        parts.Add(plan.HasRisks ? $"{plan.Risks.Count} RISK(S)" : "no risks");
        return blocked + string.Join(", ", parts);
    }

    /// <summary>Generated files that carry settings or scripts (backup metadata changes with every compile and is not counted).</summary>
    public static int SettingsAndScriptChanges(RolloutPlan plan) => plan.ArtifactChanges.Count(a => a.Category != ArtifactCategory.Metadata);

    /// <summary>What the changes shown beside a blocked head mean.</summary>
    public static string BlockingNote(RolloutPlan plan) => plan.ChangesComputed
        ? "The changes below are what the head would do once fixed; generated files are not compared (a policy with errors compiles to nothing)."
        : "The changes could not be computed until these are fixed.";

    public void Write(TextWriter output, RolloutPlan plan)
    {
        output.WriteLine($"plan {plan.Base} → {plan.Head} (as of {plan.AsOf:yyyy-MM-dd}): {Headline(plan)}");
        if (plan.HasBlocking)
        {
            output.WriteLine($"  BLOCKING: the head does not validate ({plan.Blocking.Count} error(s)); fix them before merging:");
            foreach (var finding in plan.Blocking)
            {
                output.WriteLine($"    - {finding}");
            }

            output.WriteLine("  " + BlockingNote(plan));
            if (!plan.ChangesComputed)
            {
                return;
            }
        }

        if (!plan.ReadinessConsidered)
        {
            output.WriteLine("  (no --events: readiness not checked)");
        }
        else if (plan.ReadinessProblems.Count > 0)
        {
            output.WriteLine($"  READINESS INPUT INCOMPLETE: {plan.ReadinessProblems.Count} problem(s) reading the events; verdicts may miss clients:");
            foreach (var line in plan.ReadinessProblems.Concat(plan.ReadinessProblemDetails))
            {
                output.WriteLine("    - " + line);
            }
        }

        foreach (var c in plan.StageChanges)
        {
            output.WriteLine();
            output.WriteLine($"  {c.Ring} / {c.Control}: {c.FromStage} -> {c.ToStage}{(c.Direction == ChangeDirection.Demote ? " (rollback)" : "")}");
            output.WriteLine($"    groups: {(c.Groups.Count == 0 ? "none" : string.Join(", ", c.Groups.Select(g => WithPlatform(c, g, s => s))))}");
            if (c.OrganizationalUnits.Count > 0)
            {
                output.WriteLine($"    OUs:    {string.Join("; ", c.OrganizationalUnits)}");
            }

            output.WriteLine($"    hosts:  {c.Hosts.Count}{(c.Hosts.Count > 0 ? " — " + Collapse(c.Hosts, 10) : "")}");
        }

        Section(output, "exceptions", plan.ExceptionChanges.Select(e => Describe(e, s => s)));
        Section(output, "groups and hosts", plan.MembershipChanges.Select(m => Describe(m, s => s)));
        Section(output, "generated files", ArtifactLines(plan, s => s));
        Section(output, "RISKS", plan.Risks.Select(r => r.Message + (r.Clients.Count > 0 ? $" — clients: {Collapse(r.Clients, 10)}" : "")));
    }

    /// <summary>Settings and script files one per line; backup metadata (times, manifests) as one count.</summary>
    public static IEnumerable<string> ArtifactLines(RolloutPlan plan, Func<string, string> code)
    {
        foreach (var a in plan.ArtifactChanges.Where(a => a.Category != ArtifactCategory.Metadata))
        {
            yield return $"{a.Kind.ToString().ToLowerInvariant()} ({a.Category.ToString().ToLowerInvariant()}): {code(a.Path)}";
        }

        var metadata = plan.ArtifactChanges.Count(a => a.Category == ArtifactCategory.Metadata);
        if (metadata > 0)
        {
            yield return $"{metadata} backup metadata file(s) (Backup.xml, bkupInfo.xml, manifest.xml: names, times, versions)";
        }
    }

    public static string Describe(ExceptionChange e, Func<string, string> escape)
    {
        var what = $"{escape(e.Id)} ({escape(e.Control)} held at '{escape(e.Stage)}' for {escape(e.Scope)}; owner {escape(e.Owner ?? "-")}, ticket {escape(e.Ticket ?? "-")})";
        var why = string.IsNullOrWhiteSpace(e.Reason) ? "" : $" — reason: {escape(e.Reason.ReplaceLineEndings(" ").Trim())}";
        return e.Kind switch
        {
            ExceptionChangeKind.Added => $"added {what}, expires {e.NewExpires:yyyy-MM-dd}{why}",
            ExceptionChangeKind.Removed => $"removed {what} (was to expire {e.OldExpires:yyyy-MM-dd}){why}",
            ExceptionChangeKind.Extended => $"extended {what}: {e.OldExpires:yyyy-MM-dd} → {e.NewExpires:yyyy-MM-dd}{why}",
            ExceptionChangeKind.Shortened => $"shortened {what}: {e.OldExpires:yyyy-MM-dd} → {e.NewExpires:yyyy-MM-dd}{why}",
            ExceptionChangeKind.Expiring => $"expiring soon: {what} on {e.NewExpires:yyyy-MM-dd}{why}",
            _ => $"changed {what}{why}",
        };
    }

    /// <summary>A group name, with how the change reaches it when Group Policy does not: "nas (samba: smb.conf include, no GPO)".</summary>
    public static string WithPlatform(StageChange change, string group, Func<string, string> escape) =>
        escape(group) + (change.GroupPlatforms.TryGetValue(group, out var platform) ? $" ({Reach(platform)})" : "");

    private static string Reach(string platform) => platform switch
    {
        "samba" => "samba: smb.conf include, no GPO",
        "intune" => "intune: Settings Catalog policy, no GPO",
        _ => platform + ", no GPO",
    };

    private static string Platform(MembershipChange m) => m.Platform is { } p ? $" ({Reach(p)})" : "";

    public static string Describe(MembershipChange m, Func<string, string> escape) => m.Kind switch
    {
        MembershipChangeKind.GroupAdded => $"group {escape(m.Name)}{Platform(m)} added to ring {escape(m.ToRing ?? "(none)")}",
        MembershipChangeKind.GroupRemoved => $"group {escape(m.Name)}{Platform(m)} removed (was in ring {escape(m.FromRing ?? "(none)")})",
        MembershipChangeKind.GroupMoved => $"group {escape(m.Name)}{Platform(m)} moved from ring {escape(m.FromRing ?? "(none)")} to {escape(m.ToRing ?? "(none)")}",
        MembershipChangeKind.HostAdded => $"host {escape(m.Name)} added (group {escape(m.Group ?? "-")})",
        MembershipChangeKind.HostMoved =>
            $"host {escape(m.Name)} moved from group {escape(m.FromGroup ?? "-")} (ring {escape(m.FromRing ?? "none")}) to {escape(m.Group ?? "-")} (ring {escape(m.ToRing ?? "none")})",
        _ => $"host {escape(m.Name)} removed (was in group {escape(m.Group ?? "-")})",
    };

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"  {title}:");
        foreach (var line in list)
        {
            output.WriteLine($"    - {line}");
        }
    }

    private static string Collapse(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max);
}
