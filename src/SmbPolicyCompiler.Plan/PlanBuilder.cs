using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Plan.Diff;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan;

/// <summary>Builds the rollout plan of a change from the two bound policies, and optionally readiness and compiled artifacts.</summary>
public static class PlanBuilder
{
    /// <param name="compareArtifacts">Compile both versions in memory and list the generated files that change.</param>
    public static RolloutPlan Build(
        ResolvedPolicy before,
        ResolvedPolicy after,
        string baseDisplay,
        string headDisplay,
        DateOnly asOf,
        ReadinessEvidence? readiness,
        bool compareArtifacts = true)
    {
        var stages = StageDiff.Compute(before, after);
        var exceptions = ExceptionDiff.Compute(before, after, asOf);
        var membership = MembershipDiff.Compute(before, after);
        var artifacts = compareArtifacts ? ArtifactDiff.Compute(PlanArtifacts.Compile(before), PlanArtifacts.Compile(after)) : [];
        var risks = RiskAssessor.Assess(after, stages, exceptions, asOf, readiness);
        return new RolloutPlan(baseDisplay, headDisplay, asOf, stages, exceptions, membership, artifacts, risks, readiness is not null, readiness?.InputProblems ?? []);
    }
}
