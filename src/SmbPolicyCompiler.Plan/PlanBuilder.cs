using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Plan.Diff;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan;

/// <summary>Builds the rollout plan of a change from the two bound policies, and optionally readiness and compiled artifacts.</summary>
public static class PlanBuilder
{
    /// <param name="compile">Compiles a policy to in-memory files (relative path → bytes), to list changed artifacts; null to skip.</param>
    public static RolloutPlan Build(
        ResolvedPolicy before,
        ResolvedPolicy after,
        string baseDisplay,
        string headDisplay,
        DateOnly asOf,
        ReadinessEvidence? readiness,
        Func<ResolvedPolicy, IReadOnlyDictionary<string, byte[]>>? compile)
    {
        var stages = StageDiff.Compute(before, after);
        var exceptions = ExceptionDiff.Compute(before, after, asOf);
        var membership = MembershipDiff.Compute(before, after);
        var artifacts = compile is null ? [] : ArtifactDiff.Compute(compile(before), compile(after));
        var risks = RiskAssessor.Assess(after, stages, exceptions, asOf, readiness);
        return new RolloutPlan(baseDisplay, headDisplay, asOf, stages, exceptions, membership, artifacts, risks, readiness is not null);
    }
}
