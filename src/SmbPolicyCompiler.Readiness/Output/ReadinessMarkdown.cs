using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The report as Markdown for a pull-request comment: a headline and the verdict table first, every detail in a
/// collapsed &lt;details&gt; block. Tables are cut at <see cref="MaxRows"/> rows so the comment stays within size limits.
/// Values from events go through SafeText and the Markdown escaper (Formats/Escaping): nothing in them becomes markup.
/// </summary>
public sealed class ReadinessMarkdown : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Markdown;

    public const int MaxRows = 50;

    public void Write(TextWriter output, ReadinessReport report)
    {
        var controls = report.Controls.ToList();
        var notReady = controls.Count(c => c.Verdict != Verdict.Ready);
        output.WriteLine($"### smbpol readiness: {controls.Count - notReady} of {controls.Count} ring control(s) ready");
        output.WriteLine();
        output.WriteLine($"Policy {Escaped(report.Policy)}, as of {Formatting.Day(report.AsOf)}. {Escaped(ReadReportText.Counts(report.Input), 1000)}.");
        output.WriteLine();
        WriteInputWarning(output, report.Input);
        if (controls.Count > 0)
        {
            output.WriteLine("| ring | control | stage | verdict | clients | would break | ready | audit days | gate |");
            output.WriteLine("|---|---|---|---|---:|---:|---:|---:|---|");
            foreach (var c in controls)
            {
                output.WriteLine($"| {Escaped(c.Ring)} | {Escaped(c.Control)} | {Escaped(c.Stage)} | {Icon(c.Verdict)} {Formatting.Verdict(c.Verdict)}{(c.LowConfidenceOnly ? " (low confidence)" : string.Empty)} | " +
                            $"{c.Denominator} | {c.Blocking.Count} | {Formatting.Percent(c.PercentReady)} | {Formatting.AuditDays(c)} | {Escaped(Formatting.Gate(c.Gate))} |");
            }

            output.WriteLine();
            output.WriteLine("_Clients: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named " +
                        "(for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break._");
            output.WriteLine();
        }

        foreach (var c in controls)
        {
            WriteControl(output, c);
        }

        ReadinessMarkdownDetails.WriteAlerts(output, report);
        ReadinessMarkdownDetails.WriteComputers(output, report);
        ReadinessMarkdownDetails.WriteClients(output, report);
        ReadinessMarkdownDetails.WriteInput(output, report.Input);
    }

    /// <summary>Escaped for Markdown; '@' is followed by a zero-width space so that names from events never mention anyone.</summary>
    internal static string Escaped(string? text, int maxLength = SafeText.DefaultMaxLength) => Escape.Markdown(SafeText.Clean(text, maxLength)).Replace("@", "@\u200B", StringComparison.Ordinal);

    internal static void Open(TextWriter output, string summary)
    {
        output.WriteLine("<details>");
        output.WriteLine($"<summary>{summary}</summary>");
        output.WriteLine();
    }

    internal static void Close(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("</details>");
        output.WriteLine();
    }

    internal static void More(TextWriter output, int total)
    {
        if (total > MaxRows)
        {
            output.WriteLine();
            output.WriteLine($"… and {total - MaxRows} more (see the JSON, HTML or CSV report).");
        }
    }

    private static void WriteInputWarning(TextWriter output, InputSummary input)
    {
        if (!input.Complete)
        {
            output.WriteLine("> [!WARNING]");
            output.WriteLine("> **Incomplete input: the verdicts rest on partial data.**");
            foreach (var problem in input.Problems)
            {
                output.WriteLine("> - " + Escaped(problem, 400));
            }

            output.WriteLine();
        }
    }

    private static void WriteControl(TextWriter output, ControlReadiness c)
    {
        Open(output, $"{Escaped(c.Ring)} · {Escaped(c.Control)} ({Escaped(c.Stage)}): {Formatting.Verdict(c.Verdict)}, {c.Blocking.Count} client(s) would break");
        var headline = Headline.For(c);
        output.WriteLine($"**{headline.Decision}**, {Escaped(headline.Step + ": " + headline.Text, 1000)}");
        output.WriteLine();
        output.WriteLine(Escaped(c.Summary));
        output.WriteLine();
        output.WriteLine($"Evidence: events {string.Join(", ", c.EvidenceEventIds)}; {Escaped(c.Direction.Describe())}. " +
                    $"Ring {c.Direction.RingHosts()} in events: {c.RingHostsWithEvents} of {c.RingHosts}; {Formatting.Number(c.Events)} event(s) on {c.DaysWithEvents} day(s).");
        output.WriteLine();
        foreach (var reason in c.Reasons)
        {
            output.WriteLine("- " + Escaped(reason));
        }

        if (c.Blocking.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| client | events | event ids | first seen | last seen | servers | users | owner | device | location |");
            output.WriteLine("|---|---:|---|---|---|---|---|---|---|---|");
            foreach (var b in c.Blocking.Take(MaxRows))
            {
                output.WriteLine($"| {Escaped(b.Client)}{(b.LowConfidenceOnly ? " (low confidence)" : string.Empty)} | {b.Events} | {Escaped(Formatting.Kinds(b.Evidence))} | {Formatting.Time(b.FirstSeen)} | {Formatting.Time(b.LastSeen)} | " +
                            $"{Escaped(Formatting.List(b.Servers))} | {Escaped(Formatting.List(b.Users, 3))} | {Escaped(b.Inventory?.Owner ?? "-")} | {Escaped(b.Inventory?.DeviceType ?? "-")} | {Escaped(b.Inventory?.Location ?? "-")} |");
            }

            More(output, c.Blocking.Count);
        }

        foreach (var h in c.HeldBack)
        {
            output.WriteLine();
            output.WriteLine($"Held back by {Escaped(h.ExceptionId)} at {Escaped(h.HeldAt)} (not counted against the ring): {Escaped(h.Host)}, {h.EvidenceEvents} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + Escaped(Formatting.List(h.Clients)) : string.Empty) + ".");
        }

        Close(output);
    }

    private static string Icon(Verdict verdict) => verdict switch
    {
        Verdict.Ready => "✅",
        Verdict.NotReady => "❌",
        Verdict.ThinEvidence => "⚠️",
        _ => "⏳",
    };
}
