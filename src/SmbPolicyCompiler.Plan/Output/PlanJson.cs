using System.Text.Json;
using System.Text.Json.Serialization;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The plan as JSON for pipelines: every list of the plan, enums as camelCase strings, dates as YYYY-MM-DD.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(Stream output, RolloutPlan plan) =>
        JsonSerializer.Serialize(output, new
        {
            plan.Base,
            plan.Head,
            AsOf = plan.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Summary = PlanText.Headline(plan),
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
            plan.Risks,
        }, Options);
}
