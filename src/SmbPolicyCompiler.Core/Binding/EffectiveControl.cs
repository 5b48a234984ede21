using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A control as it applies to one host: its ring's stage, unless an exception holds the host back.</summary>
public sealed record EffectiveControl(
    ControlDefinition Control,
    StageDefinition Stage,
    DateOnly? Since,
    StageDefinition RingStage,
    Provenance DecidedBy,
    string? ExceptionId)
{
    public bool HeldBack => ExceptionId is not null;
}
