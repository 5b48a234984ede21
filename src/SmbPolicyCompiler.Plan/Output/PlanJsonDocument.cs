using System.Text.Json;
using System.Text.Json.Serialization;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Output;

/// <summary>The shape of <c>smbpol plan --format json</c>: the plan's lists under a headline; property order is the output's.</summary>
internal sealed record PlanJsonDocument(
    string Base,
    string Head,
    string AsOf,
    string Summary,
    bool HasBlocking,
    IReadOnlyList<BlockingFinding> Blocking,
    bool ChangesComputed,
    bool HasRisks,
    bool ReadinessConsidered,
    IReadOnlyList<string> ReadinessProblems,
    IReadOnlyList<string> ReadinessProblemDetails,
    IReadOnlyList<StageChange> StageChanges,
    IReadOnlyList<ExceptionChange> ExceptionChanges,
    IReadOnlyList<MembershipChange> MembershipChanges,
    bool ArtifactsCompared,
    IReadOnlyList<ArtifactChange> ArtifactChanges,
    IReadOnlyList<Risk> Risks);

/// <summary>An enum as its camelCase name ("skipsAudit"), as the plan's JSON has always written them.</summary>
internal sealed class CamelCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(CamelCaseEnum<ChangeDirection>), typeof(CamelCaseEnum<ExceptionChangeKind>), typeof(CamelCaseEnum<MembershipChangeKind>),
        typeof(CamelCaseEnum<ArtifactChangeKind>), typeof(CamelCaseEnum<ArtifactCategory>), typeof(CamelCaseEnum<RiskKind>),
    ])]
[JsonSerializable(typeof(PlanJsonDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
