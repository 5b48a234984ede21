using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// The ring's gate for the control as applied: unset fields impose nothing, except that at most 0 clients may break
/// by default and that the evidence minimums (hosts reporting, days of data) apply with their defaults.
/// </summary>
public sealed record GateSummary(int? MinAuditDays, double? ReadinessPercent, int? MaxIncompatibleClients, double? MinReportingPercent = null, int? MinDaysOfData = null)
{
    /// <summary>True when the policy sets any field; only gated controls decide the exit code.</summary>
    public bool IsGated => MinAuditDays is not null || ReadinessPercent is not null || MaxIncompatibleClients is not null || MinReportingPercent is not null || MinDaysOfData is not null;

    public int EffectiveMaxIncompatible => MaxIncompatibleClients ?? 0;

    public double EffectiveMinReportingPercent => MinReportingPercent ?? Gate.DefaultMinReportingPercent;

    public int EffectiveMinDaysOfData => MinDaysOfData ?? Gate.DefaultMinDaysOfData;
}
