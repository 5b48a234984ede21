using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The report as Markdown for a pull-request comment: a headline and the verdict table first, every detail in a
/// collapsed &lt;details&gt; block. Tables are cut at <see cref="MaxRows"/> rows so the comment stays within size limits.
/// Values from events go through SafeText and the Markdown escaper (Formats/Escaping): nothing in them becomes markup.
/// </summary>
public static class ReadinessMarkdown
{
    public const int MaxRows = 50;

    public static void Write(TextWriter o, ReadinessReport report)
    {
        var controls = report.Controls.ToList();
        var notReady = controls.Count(c => c.Verdict != Verdict.Ready);
        o.WriteLine($"### smbpol readiness: {controls.Count - notReady} of {controls.Count} ring control(s) ready");
        o.WriteLine();
        o.WriteLine($"Policy {E(report.Policy)}, as of {Format.Day(report.AsOf)}. {E(ReadReportText.Counts(report.Input), 1000)}.");
        o.WriteLine();
        WriteInputWarning(o, report.Input);
        if (controls.Count > 0)
        {
            o.WriteLine("| ring | control | stage | verdict | clients | would break | ready | audit days | gate |");
            o.WriteLine("|---|---|---|---|---:|---:|---:|---:|---|");
            foreach (var c in controls)
            {
                o.WriteLine($"| {E(c.Ring)} | {E(c.Control)} | {E(c.Stage)} | {Icon(c.Verdict)} {Format.Verdict(c.Verdict)}{(c.LowConfidenceOnly ? " (low confidence)" : string.Empty)} | " +
                            $"{c.Denominator} | {c.Blocking.Count} | {Format.Percent(c.PercentReady)} | {Format.AuditDays(c)} | {E(Format.Gate(c.Gate))} |");
            }

            o.WriteLine();
            o.WriteLine("_Clients: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named " +
                        "(for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break._");
            o.WriteLine();
        }

        foreach (var c in controls)
        {
            WriteControl(o, c);
        }

        ReadinessMarkdownDetails.WriteAlerts(o, report);
        ReadinessMarkdownDetails.WriteComputers(o, report);
        ReadinessMarkdownDetails.WriteClients(o, report);
        ReadinessMarkdownDetails.WriteInput(o, report.Input);
    }

    /// <summary>Escaped for Markdown; '@' is followed by a zero-width space so that names from events never mention anyone.</summary>
    internal static string E(string? text, int maxLength = SafeText.DefaultMaxLength) => Escape.Markdown(SafeText.Clean(text, maxLength)).Replace("@", "@\u200B", StringComparison.Ordinal);

    internal static void Open(TextWriter o, string summary)
    {
        o.WriteLine("<details>");
        o.WriteLine($"<summary>{summary}</summary>");
        o.WriteLine();
    }

    internal static void Close(TextWriter o)
    {
        o.WriteLine();
        o.WriteLine("</details>");
        o.WriteLine();
    }

    internal static void More(TextWriter o, int total)
    {
        if (total > MaxRows)
        {
            o.WriteLine();
            o.WriteLine($"… and {total - MaxRows} more (see the JSON, HTML or CSV report).");
        }
    }

    private static void WriteInputWarning(TextWriter o, InputSummary input)
    {
        if (!input.Complete)
        {
            o.WriteLine("> [!WARNING]");
            o.WriteLine("> **Incomplete input: the verdicts rest on partial data.**");
            foreach (var problem in input.Problems)
            {
                o.WriteLine("> - " + E(problem, 400));
            }

            o.WriteLine();
        }
    }

    private static void WriteControl(TextWriter o, ControlReadiness c)
    {
        Open(o, $"{E(c.Ring)} · {E(c.Control)} ({E(c.Stage)}): {Format.Verdict(c.Verdict)}, {c.Blocking.Count} client(s) would break");
        o.WriteLine(E(c.Summary));
        o.WriteLine();
        o.WriteLine($"Evidence: events {string.Join(", ", c.EvidenceEventIds)}; {E(c.Direction.Describe())}. " +
                    $"Ring {c.Direction.RingHosts()} in events: {c.RingHostsWithEvents} of {c.RingHosts}; {Format.Number(c.Events)} event(s) on {c.DaysWithEvents} day(s).");
        o.WriteLine();
        foreach (var reason in c.Reasons)
        {
            o.WriteLine("- " + E(reason));
        }

        if (c.Blocking.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("| client | events | event ids | first seen | last seen | servers | users | owner | device | location |");
            o.WriteLine("|---|---:|---|---|---|---|---|---|---|---|");
            foreach (var b in c.Blocking.Take(MaxRows))
            {
                o.WriteLine($"| {E(b.Client)}{(b.LowConfidenceOnly ? " (low confidence)" : string.Empty)} | {b.Events} | {E(Format.Kinds(b.Evidence))} | {Format.Time(b.FirstSeen)} | {Format.Time(b.LastSeen)} | " +
                            $"{E(Format.List(b.Servers))} | {E(Format.List(b.Users, 3))} | {E(b.Inventory?.Owner ?? "-")} | {E(b.Inventory?.DeviceType ?? "-")} | {E(b.Inventory?.Location ?? "-")} |");
            }

            More(o, c.Blocking.Count);
        }

        foreach (var h in c.HeldBack)
        {
            o.WriteLine();
            o.WriteLine($"Held back by {E(h.ExceptionId)} at {E(h.HeldAt)} (not counted against the ring): {E(h.Host)}, {h.EvidenceEvents} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + E(Format.List(h.Clients)) : string.Empty) + ".");
        }

        Close(o);
    }

    private static string Icon(Verdict verdict) => verdict switch
    {
        Verdict.Ready => "✅",
        Verdict.NotReady => "❌",
        _ => "⏳",
    };
}
