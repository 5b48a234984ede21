using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Promotion gate for one control in one ring. Unset fields impose nothing.</summary>
public sealed record Gate(int? MinAuditDays, double? ReadinessPercent, int? MaxIncompatibleClients, SourceLocation? Location)
{
    public static readonly Gate None = new(null, null, null, null);

    /// <summary>This gate's fields where set, else the fallback's.</summary>
    public Gate Over(Gate fallback) => new(
        MinAuditDays ?? fallback.MinAuditDays,
        ReadinessPercent ?? fallback.ReadinessPercent,
        MaxIncompatibleClients ?? fallback.MaxIncompatibleClients,
        Location ?? fallback.Location);

    public bool IsEmpty => MinAuditDays is null && ReadinessPercent is null && MaxIncompatibleClients is null;
}
