using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// Promotion gate for one control in one ring. Unset fields impose nothing, except the two evidence minimums
/// (<see cref="MinReportingPercent"/>, <see cref="MinDaysOfData"/>), which readiness applies with their defaults:
/// a verdict of ready from a few events over minutes on one of ten servers is thin evidence, not ready.
/// </summary>
public sealed record Gate(
    int? MinAuditDays,
    double? ReadinessPercent,
    int? MaxIncompatibleClients,
    SourceLocation? Location,
    double? MinReportingPercent = null,
    int? MinDaysOfData = null)
{
    /// <summary>Share of the ring's reporting hosts (servers, or clients for client-side controls) that must have sent events.</summary>
    public const double DefaultMinReportingPercent = 50;

    /// <summary>Distinct UTC days with events from the ring's reporting hosts.</summary>
    public const int DefaultMinDaysOfData = 7;

    public static readonly Gate None = new(null, null, null, null);

    /// <summary>This gate's fields where set, else the fallback's.</summary>
    public Gate Over(Gate fallback) => new(
        MinAuditDays ?? fallback.MinAuditDays,
        ReadinessPercent ?? fallback.ReadinessPercent,
        MaxIncompatibleClients ?? fallback.MaxIncompatibleClients,
        Location ?? fallback.Location,
        MinReportingPercent ?? fallback.MinReportingPercent,
        MinDaysOfData ?? fallback.MinDaysOfData);

    public bool IsEmpty => MinAuditDays is null && ReadinessPercent is null && MaxIncompatibleClients is null && MinReportingPercent is null && MinDaysOfData is null;

    public double EffectiveMinReportingPercent => MinReportingPercent ?? DefaultMinReportingPercent;

    public int EffectiveMinDaysOfData => MinDaysOfData ?? DefaultMinDaysOfData;
}
