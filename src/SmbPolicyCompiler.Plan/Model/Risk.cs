namespace SmbPolicyCompiler.Plan.Model;

public enum RiskKind
{
    SkipsAudit,
    EnforceBeforeMinimumAuditDays,
    NotReady,
    ExceptionPastMaximum,
    Smb1ClientsSeen,
}

/// <summary>Something a reviewer must look at before approving. <see cref="Clients"/> names blocking clients when known.</summary>
public sealed record Risk(RiskKind Kind, string Ring, string? Control, string Message, IReadOnlyList<string> Clients);
