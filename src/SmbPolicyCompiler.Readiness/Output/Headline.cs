using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The one line a reviewer acts on for a ring control. Before enforce: the next promotion, go or no-go, and what
/// blocks it ("audit → enforce: blocked by 13 clients, 9 of them printers owned by facilities"). Once enforced, the
/// other question: who is breaking now (clients that still logged evidence on or after the enforce date).
/// </summary>
internal sealed record Headline(string Kind, string Decision, string Step, string Text)
{
    private const int NamesShown = 3;

    public static Headline For(ControlReadiness c)
    {
        if (c.StageKind == StageKind.Enforce)
        {
            return Enforced(c);
        }

        var step = c.NextStage is { } next ? $"{c.Stage} → {next}" : c.Stage;
        return c.Verdict switch
        {
            Verdict.Ready => new("go", "GO", step, $"{c.Blocking.Count} of {c.Denominator} client(s) would break{Days(c)}; {Reporting(c)}."),
            Verdict.NotReady => new("nogo", "NO-GO", step, $"blocked by {Blockers(c.Blocking)}."),
            Verdict.ThinEvidence => new("thin", "THIN EVIDENCE", step,
                (c.Blocking.Count == 0 ? "no client would break in the events read" : $"{c.Blocking.Count} of {c.Denominator} client(s) would break, within the gate") +
                $", but {string.Join(" and ", ThinReasons(c))}: not ready on this evidence."),
            _ => new("wait", "NOT ENOUGH DATA", step, Capitalised(FirstClause(c.Reasons.FirstOrDefault() ?? "no data")) +
                (c.Blocking.Count > 0 ? $"; already {Blockers(c.Blocking)}" : string.Empty) + "."),
        };
    }

    /// <summary>"13 clients, 9 of them printers owned by facilities: a, b, c and 10 more".</summary>
    public static string Blockers(IReadOnlyList<BlockingClient> blocking)
    {
        var text = $"{blocking.Count} client(s)";
        var largest = blocking.Where(b => b.Inventory is not null)
            .GroupBy(b => (Type: b.Inventory!.DeviceType, b.Inventory.Owner))
            .Where(g => g.Key.Type is not null || g.Key.Owner is not null)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Owner, StringComparer.Ordinal)
            .FirstOrDefault();
        if (largest is not null)
        {
            var count = largest.Count();
            var what = largest.Key.Type is { } type ? " " + Plural(type, count) : string.Empty;
            var whose = largest.Key.Owner is { } owner ? $" owned by {owner}" : string.Empty;
            text += blocking.Count == 1 ? $" ({(what + whose).Trim()})"
                : count == blocking.Count ? $", all of them{what}{whose}"
                : $", {count} of them{what}{whose}";
        }

        return text + ": " + string.Join(", ", blocking.Take(NamesShown).Select(b => b.Client)) +
            (blocking.Count > NamesShown ? $" and {blocking.Count - NamesShown} more" : string.Empty);
    }

    private static Headline Enforced(ControlReadiness c)
    {
        var since = c.EnforcedSince is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.MinValue;
        var breaking = c.Blocking.Where(b => b.LastSeen is { } last && last >= since).ToList();
        var step = "enforced" + (c.EnforcedSince is { } d ? $" since {Formatting.Day(d)}" : string.Empty) + (c.NextStage is { } next ? $" (next: {c.Stage} → {next})" : string.Empty);
        if (breaking.Count > 0)
        {
            return new("breaking", "BREAKING NOW", step, $"{Blockers(breaking)} logged {string.Join("/", c.EvidenceEventIds)} since enforce.");
        }

        var caveats = c.ThinEvidence.Count > 0 ? ThinReasons(c).ToList() : c.Verdict == Verdict.NotEnoughData ? [FirstClause(c.Reasons[0])] : [];
        var evidence = caveats.Count > 0 ? $", but {string.Join(" and ", caveats)}" : string.Empty;
        return new("clear", "NO BREAKAGE SEEN", step, $"no client logged {string.Join("/", c.EvidenceEventIds)} since enforce{evidence}.");
    }

    private static IEnumerable<string> ThinReasons(ControlReadiness c) => c.ThinEvidence.Select(FirstClause);

    private static string Days(ControlReadiness c) => c.AuditDays is { } days ? $" after {days} day(s) of audit" : string.Empty;

    private static string Reporting(ControlReadiness c) =>
        $"{c.RingHostsWithEvents} of {c.RingHosts} {c.Direction.RingHosts()} reported on {c.DaysWithEvents} day(s)";

    private static string FirstClause(string reason) => reason.Split(':')[0];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Plural(string deviceType, int count)
    {
        var lower = deviceType.ToLowerInvariant();
        return count == 1 || lower.EndsWith('s') ? lower : lower + "s";
    }
}
