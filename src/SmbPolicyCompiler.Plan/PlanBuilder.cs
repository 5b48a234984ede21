using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
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
        var risks = RiskAssessor.Assess(before, after, stages, exceptions, asOf, readiness);
        return new RolloutPlan(baseDisplay, headDisplay, asOf, stages, exceptions, membership, artifacts, risks, readiness is not null, readiness?.InputProblems ?? [])
        {
            ArtifactsCompared = compareArtifacts,
            ReadinessProblemDetails = readiness?.InputProblemDetails ?? [],
        };
    }

    /// <summary>
    /// The plan of a head that does not validate: its errors are blocking findings. A head that could still be bound
    /// (rule errors) shows its changes and risks; one that could not (syntax or schema errors) shows the errors alone.
    /// Generated files are not compared: a policy with errors compiles to nothing.
    /// </summary>
    public static RolloutPlan BuildWithErrors(
        ResolvedPolicy before, PolicyCompilation head, string baseDisplay, string headDisplay, DateOnly asOf, ReadinessEvidence? readiness)
    {
        var blocking = head.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => new BlockingFinding(d.Location.ToString(), d.Code, d.Message)).ToList();
        if (head.Resolved is { } after)
        {
            return Build(before, after, baseDisplay, headDisplay, asOf, readiness, compareArtifacts: false) with { Blocking = blocking };
        }

        return new RolloutPlan(baseDisplay, headDisplay, asOf, [], [], [], [], [], false, [])
        {
            Blocking = blocking,
            ChangesComputed = false,
            ArtifactsCompared = false,
        };
    }
}
