using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>The part of the SARIF 2.1.0 object model smbpol writes (one run, rules with a short description, results with a place).</summary>
internal sealed record SarifLog([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifLogResult> Results);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string Version, IReadOnlyList<SarifLogRule> Rules);

internal sealed record SarifLogRule(string Id, SarifMessage ShortDescription);

internal sealed record SarifMessage(string Text);

internal sealed record SarifLogResult(
    string RuleId,
    string Level,
    SarifMessage Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifLocation>? Locations);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifPhysicalLocation(
    SarifArtifactLocation ArtifactLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SarifRegion? Region);

internal sealed record SarifArtifactLocation(string Uri);

internal sealed record SarifRegion(int StartLine, int StartColumn);
