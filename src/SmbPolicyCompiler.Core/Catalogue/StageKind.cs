namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>Where a stage stands in a rollout: not managed yet, auditing, or enforcing.</summary>
public enum StageKind
{
    Initial,
    Audit,
    Enforce,
}
