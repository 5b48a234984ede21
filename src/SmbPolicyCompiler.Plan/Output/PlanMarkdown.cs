using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The plan as a pull-request comment: a short summary and the risks first, details collapsed.</summary>
public static class PlanMarkdown
{
    public static void Write(TextWriter o, RolloutPlan plan)
    {
        o.WriteLine($"### smbpol plan: {PlanText.Headline(plan)}");
        o.WriteLine();
        o.WriteLine($"Base {Escape.MarkdownCode(plan.Base)} → head {Escape.MarkdownCode(plan.Head)}, as of {plan.AsOf:yyyy-MM-dd}" +
                    (plan.ReadinessConsidered ? ", with audit events." : ". No audit events were given (`--events`), so readiness was not checked."));
        o.WriteLine();
        if (plan.HasBlocking)
        {
            o.WriteLine($"**The head does not validate ({plan.Blocking.Count} error(s)): fix them before merging.**");
            o.WriteLine();
            foreach (var finding in plan.Blocking)
            {
                o.WriteLine($"- {Escape.MarkdownCode(finding.Location)} {finding.Code}: {Escape.Markdown(finding.Message)}");
            }

            o.WriteLine();
            o.WriteLine(PlanText.BlockingNote(plan));
            o.WriteLine();
            if (!plan.ChangesComputed)
            {
                return;
            }
        }

        if (plan.ReadinessProblems.Count > 0)
        {
            o.WriteLine($"**The event input was incomplete** ({plan.ReadinessProblems.Count} problem(s)): readiness verdicts may miss clients.");
            o.WriteLine();
            foreach (var problem in plan.ReadinessProblems)
            {
                o.WriteLine($"- {Escape.Markdown(problem)}");
            }

            o.WriteLine();
            if (plan.ReadinessProblemDetails.Count > 0)
            {
                o.WriteLine("The problems, by file and record:");
                o.WriteLine();
                foreach (var detail in plan.ReadinessProblemDetails)
                {
                    o.WriteLine($"- {Escape.Markdown(detail)}");
                }

                o.WriteLine();
            }
        }

        if (plan.StageChanges.Count > 0)
        {
            o.WriteLine("| ring | control | change | hosts |");
            o.WriteLine("|---|---|---|---|");
            foreach (var c in plan.StageChanges)
            {
                var to = c.ToEnforce ? $"**{c.ToStage}**" : c.ToStage;
                o.WriteLine($"| {Escape.Markdown(c.Ring)} | {c.Control} | {c.FromStage} → {to}{(c.Direction == ChangeDirection.Demote ? " (rollback)" : "")} | {c.Hosts.Count}{(c.Hosts.Count > 0 ? ": " + MarkdownList(c.Hosts, 5) : "")} |");
            }

            o.WriteLine();
        }

        if (plan.Risks.Count > 0)
        {
            o.WriteLine($"**Risks ({plan.Risks.Count}) — review before merging:**");
            o.WriteLine();
            foreach (var risk in plan.Risks)
            {
                o.WriteLine($"- {Escape.Markdown(risk.Message)}" + (risk.Clients.Count > 0 ? $" — clients: {MarkdownList(risk.Clients, 10)}" : ""));
            }

            o.WriteLine();
        }

        Details(o, "Stage changes in detail", plan.StageChanges.Count, () =>
        {
            foreach (var c in plan.StageChanges)
            {
                o.WriteLine($"- **{Escape.Markdown(c.Ring)} / {c.Control}**: {c.FromStage} → {c.ToStage}");
                o.WriteLine($"  - groups: {(c.Groups.Count == 0 ? "none" : MarkdownList(c.Groups, 50))}");
                if (c.OrganizationalUnits.Count > 0)
                {
                    o.WriteLine($"  - OUs: {MarkdownList(c.OrganizationalUnits, 20)}");
                }

                o.WriteLine($"  - hosts ({c.Hosts.Count}): {(c.Hosts.Count == 0 ? "none known (add an inventory to see hosts chosen by OU or AD group)" : MarkdownList(c.Hosts, 200))}");
            }
        });
        Details(o, "Exceptions", plan.ExceptionChanges.Count, () =>
        {
            foreach (var e in plan.ExceptionChanges)
            {
                o.WriteLine($"- {PlanText.Describe(e, Escape.Markdown)}");
            }
        });
        Details(o, "Groups and hosts", plan.MembershipChanges.Count, () =>
        {
            foreach (var m in plan.MembershipChanges)
            {
                o.WriteLine($"- {PlanText.Describe(m, Escape.Markdown)}");
            }
        });
        var metadata = plan.ArtifactChanges.Count - PlanText.SettingsAndScriptChanges(plan);
        Details(o, $"Generated files: {PlanText.SettingsAndScriptChanges(plan)} settings/script file(s) change" + (metadata > 0 ? $", {metadata} backup metadata" : ""), plan.ArtifactChanges.Count > 0, () =>
        {
            foreach (var line in PlanText.ArtifactLines(plan, Escape.MarkdownCode))
            {
                o.WriteLine($"- {line}");
            }
        });
    }

    private static void Details(TextWriter o, string title, int count, Action body) => Details(o, $"{title} ({count})", count > 0, body);

    private static void Details(TextWriter o, string summary, bool any, Action body)
    {
        if (!any)
        {
            return;
        }

        o.WriteLine($"<details><summary>{summary}</summary>");
        o.WriteLine();
        body();
        o.WriteLine();
        o.WriteLine("</details>");
        o.WriteLine();
    }

    private static string MarkdownList(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max, Escape.Markdown);
}
