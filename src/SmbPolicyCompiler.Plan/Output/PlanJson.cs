using System.Globalization;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The plan as JSON for pipelines: every list of the plan, enums as camelCase strings, dates as YYYY-MM-DD.</summary>
public sealed class PlanJson : IReportWriter<RolloutPlan>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, RolloutPlan plan) => ReportJson.Write(output, Document(plan), PlanJsonContext.Default.PlanJsonDocument);

    private static PlanJsonDocument Document(RolloutPlan plan) => new(
        plan.Base,
        plan.Head,
        plan.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PlanText.Headline(plan),
        plan.HasBlocking,
        plan.Blocking,
        plan.ChangesComputed,
        plan.HasRisks,
        plan.ReadinessConsidered,
        plan.ReadinessProblems,
        plan.ReadinessProblemDetails,
        plan.StageChanges,
        plan.ExceptionChanges,
        plan.MembershipChanges,
        plan.ArtifactsCompared,
        plan.ArtifactChanges,
        plan.Risks);
}
