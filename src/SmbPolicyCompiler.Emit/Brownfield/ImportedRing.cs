using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>A control as a GPO sets it: the stage (exact, or the nearest) and the file its values came from.</summary>
public sealed record ImportedControl(ControlDefinition Control, StageDefinition Stage, bool Exact, string SourceFile);

/// <summary>What one GPO becomes: a ring's controls, the sides its values touch, and every other value as an additional setting.</summary>
public sealed record ImportedRing(
    ImportedGpo Gpo,
    IReadOnlyList<ImportedControl> Controls,
    IReadOnlyList<ImportedValue> Additional,
    IReadOnlyList<Side> Sides,
    long? RateLimiterDelay)
{
    /// <summary>The ring and group name in the policy (unique among the imported GPOs).</summary>
    public string Name { get; init; } = "";
}
