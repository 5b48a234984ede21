namespace SmbPolicyCompiler.Plan.Model;

/// <summary>
/// What a pull request would do to the rollout: the facts a reviewer needs, and the risks. When the head does not
/// validate, <see cref="Blocking"/> holds its errors; the changes are still computed when the head could be bound
/// (<see cref="ChangesComputed"/>), and generated files are compared only for a head that validates.
/// </summary>
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
    public IReadOnlyList<BlockingFinding> Blocking { get; init; } = [];

    public bool ChangesComputed { get; init; } = true;

    public bool ArtifactsCompared { get; init; } = true;

    /// <summary>The files and records <see cref="ReadinessProblems"/> speak of.</summary>
    public IReadOnlyList<string> ReadinessProblemDetails { get; init; } = [];

    public bool HasBlocking => Blocking.Count > 0;

    public bool HasRisks => Risks.Count > 0;

    public bool IsEmpty => StageChanges.Count == 0 && ExceptionChanges.Count == 0 && MembershipChanges.Count == 0 && ArtifactChanges.Count == 0;
}
