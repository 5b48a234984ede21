using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The plan as a pull-request comment: a short summary and the risks first, details collapsed.</summary>
public sealed class PlanMarkdown : IReportWriter<RolloutPlan>
{
    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(TextWriter output, RolloutPlan plan)
    {
        output.WriteLine($"### smbpol plan: {PlanText.Headline(plan)}");
        output.WriteLine();
        output.WriteLine($"Base {Escape.MarkdownCode(plan.Base)} → head {Escape.MarkdownCode(plan.Head)}, as of {plan.AsOf:yyyy-MM-dd}" +
                    (plan.ReadinessConsidered ? ", with audit events." : ". No audit events were given (`--events`), so readiness was not checked."));
        output.WriteLine();
        if (plan.HasBlocking)
        {
            output.WriteLine($"**The head does not validate ({plan.Blocking.Count} error(s)): fix them before merging.**");
            output.WriteLine();
            foreach (var finding in plan.Blocking)
            {
                output.WriteLine($"- {Escape.MarkdownCode(finding.Location)} {finding.Code}: {Escape.Markdown(finding.Message)}");
            }

            output.WriteLine();
            output.WriteLine(PlanText.BlockingNote(plan));
            output.WriteLine();
            if (!plan.ChangesComputed)
            {
                return;
            }
        }

        if (plan.ReadinessProblems.Count > 0)
        {
            output.WriteLine($"**The event input was incomplete** ({plan.ReadinessProblems.Count} problem(s)): readiness verdicts may miss clients.");
            output.WriteLine();
            foreach (var problem in plan.ReadinessProblems)
            {
                output.WriteLine($"- {Escape.Markdown(problem)}");
            }

            output.WriteLine();
            if (plan.ReadinessProblemDetails.Count > 0)
            {
                output.WriteLine("The problems, by file and record:");
                output.WriteLine();
                foreach (var detail in plan.ReadinessProblemDetails)
                {
                    output.WriteLine($"- {Escape.Markdown(detail)}");
                }

                output.WriteLine();
            }
        }

        if (plan.StageChanges.Count > 0)
        {
            output.WriteLine("| ring | control | change | hosts |");
            output.WriteLine("|---|---|---|---|");
            foreach (var c in plan.StageChanges)
            {
                var to = c.ToEnforce ? $"**{c.ToStage}**" : c.ToStage;
                output.WriteLine($"| {Escape.Markdown(c.Ring)} | {c.Control} | {c.FromStage} → {to}{(c.Direction == ChangeDirection.Demote ? " (rollback)" : "")} | {c.Hosts.Count}{(c.Hosts.Count > 0 ? ": " + MarkdownList(c.Hosts, 5) : "")} |");
            }

            output.WriteLine();
        }

        if (plan.Risks.Count > 0)
        {
            output.WriteLine($"**Risks ({plan.Risks.Count}) — review before merging:**");
            output.WriteLine();
            foreach (var risk in plan.Risks)
            {
                output.WriteLine($"- {Escape.Markdown(risk.Message)}" + (risk.Clients.Count > 0 ? $" — clients: {MarkdownList(risk.Clients, 10)}" : ""));
            }

            output.WriteLine();
        }

        Details(output, "Stage changes in detail", plan.StageChanges.Count, () =>
        {
            foreach (var c in plan.StageChanges)
            {
                output.WriteLine($"- **{Escape.Markdown(c.Ring)} / {c.Control}**: {c.FromStage} → {c.ToStage}");
                output.WriteLine($"  - groups: {(c.Groups.Count == 0 ? "none" : MarkdownList(c.Groups, 50))}");
                if (c.GroupPlatforms.Count > 0)
                {
                    output.WriteLine($"  - not through Group Policy: {string.Join(", ", c.GroupPlatforms.Keys.Select(g => PlanText.WithPlatform(c, g, Escape.Markdown)))}");
                }
                if (c.OrganizationalUnits.Count > 0)
                {
                    output.WriteLine($"  - OUs: {MarkdownList(c.OrganizationalUnits, 20)}");
                }

                output.WriteLine($"  - hosts ({c.Hosts.Count}): {(c.Hosts.Count == 0 ? "none known (add an inventory to see hosts chosen by OU or AD group)" : MarkdownList(c.Hosts, 200))}");
            }
        });
        Details(output, "Exceptions", plan.ExceptionChanges.Count, () =>
        {
            foreach (var e in plan.ExceptionChanges)
            {
                output.WriteLine($"- {PlanText.Describe(e, Escape.Markdown)}");
            }
        });
        Details(output, "Groups and hosts", plan.MembershipChanges.Count, () =>
        {
            foreach (var m in plan.MembershipChanges)
            {
                output.WriteLine($"- {PlanText.Describe(m, Escape.Markdown)}");
            }
        });
        var metadata = plan.ArtifactChanges.Count - PlanText.SettingsAndScriptChanges(plan);
        Details(output, $"Generated files: {PlanText.SettingsAndScriptChanges(plan)} settings/script file(s) change" + (metadata > 0 ? $", {metadata} backup metadata" : ""), plan.ArtifactChanges.Count > 0, () =>
        {
            foreach (var line in PlanText.ArtifactLines(plan, Escape.MarkdownCode))
            {
                output.WriteLine($"- {line}");
            }
        });
    }

    private static void Details(TextWriter output, string title, int count, Action body) => Details(output, $"{title} ({count})", count > 0, body);

    private static void Details(TextWriter output, string summary, bool any, Action body)
    {
        if (!any)
        {
            return;
        }

        output.WriteLine($"<details><summary>{summary}</summary>");
        output.WriteLine();
        body();
        output.WriteLine();
        output.WriteLine("</details>");
        output.WriteLine();
    }

    private static string MarkdownList(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max, Escape.Markdown);
}
