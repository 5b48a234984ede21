using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>The shapes of <c>smbpol explain --format json</c>, one per kind of name; property order is the output's.</summary>
internal sealed record ExplainHostJson(
    string Kind,
    string Name,
    string? DnsName,
    string Group,
    string? Ring,
    string Role,
    ExplainMembershipJson Membership,
    IReadOnlyList<ExplainHostControlJson> Controls,
    IReadOnlyList<ExplainSettingJson> Settings);

internal sealed record ExplainMembershipJson(string Kind, string Selector, ExplainLocationJson Location);

internal sealed record ExplainHostControlJson(string Control, string Stage, string RingStage, string? Since, string? Exception, ExplainDecisionJson DecidedBy);

internal sealed record ExplainGroupJson(
    string Kind,
    string Name,
    string? Description,
    string? Owner,
    string Role,
    string? Ring,
    ExplainLocationJson Location,
    IReadOnlyList<string> Hosts);

internal sealed record ExplainRingJson(
    string Kind,
    string Name,
    int Order,
    string? Description,
    ExplainLocationJson Location,
    IReadOnlyList<string> Groups,
    IReadOnlyList<ExplainRingControlJson> Controls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExplainSettingJson>? ServerSettings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExplainSettingJson>? ClientSettings);

internal sealed record ExplainRingControlJson(string Control, string Stage, string? Since, ExplainGateJson Gate, ExplainDecisionJson DecidedBy);

internal sealed record ExplainGateJson(int? MinAuditDays, double? ReadinessPercent, int? MaxIncompatibleClients, double MinReportingPercent, int MinDaysOfData);

internal sealed record ExplainSettingJson(string Setting, string Registry, long Value, string Mechanism, string Control, string Stage, ExplainDecisionJson DecidedBy);

internal sealed record ExplainDecisionJson(string Kind, string Name, ExplainLocationJson Location);

internal sealed record ExplainLocationJson(string File, int Line, int Column);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExplainHostJson))]
[JsonSerializable(typeof(ExplainGroupJson))]
[JsonSerializable(typeof(ExplainRingJson))]
internal sealed partial class ExplainJsonContext : JsonSerializerContext;
