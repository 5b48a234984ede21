using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The shape of <c>smbpol drift --format json</c>; property order is the output's.</summary>
internal sealed record DriftJsonDocument(
    string AsOf,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, int> Summary,
    IReadOnlyList<DriftJsonHost> Hosts,
    IReadOnlyList<string> Notes,
    IReadOnlyList<DriftJsonFinding> Findings);

internal sealed record DriftJsonHost(string Host, string? Ring, string Group, string Status);

internal sealed record DriftJsonFinding(
    string Host,
    string? Ring,
    string Group,
    string Control,
    string Stage,
    string Setting,
    string Expected,
    string Actual,
    string Status,
    string Source,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DriftJsonDecision? DecidedBy);

internal sealed record DriftJsonDecision(string Kind, string Name, string File, int Line, int Column);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DriftJsonDocument))]
internal sealed partial class DriftJsonContext : JsonSerializerContext;
