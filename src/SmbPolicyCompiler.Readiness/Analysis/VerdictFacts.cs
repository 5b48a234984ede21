using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>What a verdict is decided from.</summary>
internal sealed record VerdictFacts(
    ControlScope Scope,
    string Ring,
    GateSummary Gate,
    DateOnly? AuditSince,
    int? AuditDays,
    int RingHosts,
    int RingHostsWithEvents,
    int Denominator,
    IReadOnlyList<BlockingClient> Blocking,
    int DaysWithEvents)
{
    /// <summary>Null when nothing came from the ring: inventory clients alone say nothing about readiness.</summary>
    public double ReportingPercent => RingHosts == 0 ? 0 : 100.0 * RingHostsWithEvents / RingHosts;

    public double? PercentReady => Denominator == 0 || RingHostsWithEvents == 0 ? null : 100.0 * (Denominator - Blocking.Count) / Denominator;
}
