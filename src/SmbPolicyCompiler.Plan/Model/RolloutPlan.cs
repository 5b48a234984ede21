namespace SmbPolicyCompiler.Plan.Model;

/// <summary>What a pull request would do to the rollout: the facts a reviewer needs, and the risks.</summary>
public sealed record RolloutPlan(
    string Base,
    string Head,
    DateOnly AsOf,
    IReadOnlyList<StageChange> StageChanges,
    IReadOnlyList<ExceptionChange> ExceptionChanges,
    IReadOnlyList<MembershipChange> MembershipChanges,
    IReadOnlyList<ArtifactChange> ArtifactChanges,
    IReadOnlyList<Risk> Risks,
    bool ReadinessConsidered,
    IReadOnlyList<string> ReadinessProblems)
{
    public bool HasRisks => Risks.Count > 0;

    public bool IsEmpty => StageChanges.Count == 0 && ExceptionChanges.Count == 0 && MembershipChanges.Count == 0 && ArtifactChanges.Count == 0;
}
