using System.Globalization;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// The verdict against the ring's gate. Not enough data: audited fewer days than minAuditDays, or no event came from
/// the ring (audit events name only clients that would break, so silence from hosts that were not exported is not
/// evidence). Not ready: more blocking clients than maxIncompatibleClients (0 when unset) or fewer ready than
/// readinessPercent. Thin evidence: nothing would break, but fewer of the ring's hosts reported than minReportingPercent
/// or on fewer days than minDaysOfData (defaults 50% and 7): a few events over minutes from 1 of 10 servers is not
/// ready. Ready otherwise.
/// </summary>
internal static class VerdictRules
{
    private const int NamesInSummary = 5;

    public static (Verdict Verdict, IReadOnlyList<string> Reasons, string Summary, IReadOnlyList<string> Thin) Decide(VerdictFacts f)
    {
        var reasons = new List<string>();
        var hosts = f.Scope.Direction.RingHosts();
        var thin = ThinEvidence(f, hosts);
        if (f.Gate.MinAuditDays is { } minimum && (f.AuditDays ?? 0) < minimum)
        {
            reasons.Add(f.AuditSince is { } since
                ? $"audited for {Math.Max(0, f.AuditDays ?? 0)} day(s) since {since:yyyy-MM-dd}; the gate asks for {minimum}"
                : $"the ring has no audit date; the gate asks for {minimum} day(s) of audit");
        }

        if (f.RingHostsWithEvents == 0)
        {
            reasons.Add(f.RingHosts == 0 ? $"the ring has no {hosts} this control applies to (outside exceptions)" : Silence(f.Scope.Direction, f.RingHosts));
        }

        var blocking = f.Blocking.Count;
        var lowOnly = blocking > 0 && f.Blocking.All(b => b.LowConfidenceOnly);
        if (reasons.Count > 0)
        {
            var found = blocking == 0 ? string.Empty : $"; {blocking} client(s) would already break: {Names(f.Blocking)}";
            return (Verdict.NotEnoughData, reasons, "not enough data: " + string.Join("; ", reasons.Select(FirstClause)) + found + LowNote(f.Scope, lowOnly), thin);
        }

        var maximum = f.Gate.EffectiveMaxIncompatible;
        var percent = f.PercentReady ?? 0;
        if (blocking > maximum)
        {
            reasons.Add($"{blocking} client(s) would break; the gate allows {maximum}");
        }

        if (f.Gate.ReadinessPercent is { } wanted && percent < wanted)
        {
            reasons.Add($"{Percent(percent)} of {f.Denominator} client(s) are ready; the gate asks for {Percent(wanted)}");
        }

        var counts = $"{blocking} of {f.Denominator} client(s) would break ({Percent(percent)} ready)";
        if (reasons.Count > 0)
        {
            return (Verdict.NotReady, reasons, $"not ready: {counts}: {Names(f.Blocking)}{LowNote(f.Scope, lowOnly)}", thin);
        }

        reasons.Add($"{counts}, within the gate (at most {maximum}" + (f.Gate.ReadinessPercent is { } p ? $", at least {Percent(p)} ready)" : ")"));
        if (thin.Count > 0)
        {
            reasons.AddRange(thin);
            return (Verdict.ThinEvidence, reasons, $"thin evidence: {counts}, but {string.Join(" and ", thin.Select(FirstClause))}", thin);
        }

        var days = f.AuditDays is { } d ? $"; {d} day(s) of audit" : string.Empty;
        return (Verdict.Ready, reasons, $"ready: {counts}{days}", thin);
    }

    private static List<string> ThinEvidence(VerdictFacts f, string hosts)
    {
        var thin = new List<string>();
        var reporting = f.Gate.EffectiveMinReportingPercent;
        // Servers name the ring's clients only when they would break: a client that is never named did not "not report".
        if (f.Scope.Direction != EvidenceDirection.ServersNameRingClients && f.ReportingPercent < reporting)
        {
            thin.Add($"only {f.RingHostsWithEvents} of {f.RingHosts} {hosts} reported events: the gate asks for at least {Percent(reporting)} (minReportingPercent)");
        }

        var days = f.Gate.EffectiveMinDaysOfData;
        if (f.DaysWithEvents < days)
        {
            thin.Add($"events on only {f.DaysWithEvents} day(s): the gate asks for at least {days} (minDaysOfData)");
        }

        return thin;
    }

    /// <summary>Rounded down to a tenth, so that 99.96% with a client left does not show as 100%.</summary>
    public static string Percent(double value) => (Math.Floor(value * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Silence(EvidenceDirection direction, int hosts) => direction switch
    {
        EvidenceDirection.RingServersNameClients =>
            $"no audit event came from the ring's {hosts} servers: audit events name only clients that would break, so silence from servers whose events were not exported is not evidence",
        EvidenceDirection.RingClientsNameServers =>
            $"no audit event came from the ring's {hosts} clients: clients log only servers they could not use, so silence from clients whose events were not exported is not evidence",
        _ => $"no audit event named any of the ring's {hosts} clients: servers log only clients that would break, so silence is not evidence that the clients are ready",
    };

    private static string FirstClause(string reason) => reason.Split(':')[0];

    private static string Names(IReadOnlyList<BlockingClient> blocking) =>
        string.Join(", ", blocking.Take(NamesInSummary).Select(b => b.Client)) + (blocking.Count > NamesInSummary ? $" and {blocking.Count - NamesInSummary} more" : string.Empty);

    private static string LowNote(ControlScope scope, bool lowOnly)
    {
        if (!lowOnly)
        {
            return string.Empty;
        }

        var low = scope.Control.Evidence.Where(e => e.LowConfidence).Select(e => $"{e.EventId}, {e.Meaning}");
        return $" (blocked only by low-confidence evidence: {string.Join("; ", low)})";
    }
}
