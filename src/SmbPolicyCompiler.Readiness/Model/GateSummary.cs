namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The ring's gate for the control as applied: unset fields impose nothing, except that at most 0 clients may break by default.</summary>
public sealed record GateSummary(int? MinAuditDays, double? ReadinessPercent, int? MaxIncompatibleClients)
{
    /// <summary>True when the policy sets any field; only gated controls decide the exit code.</summary>
    public bool IsGated => MinAuditDays is not null || ReadinessPercent is not null || MaxIncompatibleClients is not null;

    public int EffectiveMaxIncompatible => MaxIncompatibleClients ?? 0;
}
