using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A control as one ring has it: the current stage, since when, the gate that guards promotion.</summary>
public sealed record RingControl(ControlDefinition Control, StageDefinition Stage, ControlTimeline? Timeline, Gate Gate, Provenance DecidedBy)
{
    public DateOnly? Since => Timeline?.Current?.Since;

    public bool IsManaged => Stage.Kind != StageKind.Initial;
}
