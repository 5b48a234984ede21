using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>The stages one ring has gone through for one control, in the order written.</summary>
public sealed record ControlTimeline(ControlDefinition Control, IReadOnlyList<StageEntry> Entries, SourceLocation Location)
{
    /// <summary>The strictest stage listed (the current one), or null when none is.</summary>
    public StageEntry? Current => Entries.Count == 0 ? null : Entries.MaxBy(e => Control.Stage(e.Stage).Order);

    public StageDefinition CurrentStage => Current is { } c ? Control.Stage(c.Stage) : Control.Initial;

    public StageEntry? Find(string stage) => Entries.FirstOrDefault(e => e.Stage == stage);

    /// <summary>The day the ring started auditing this control, if it did.</summary>
    public StageEntry? AuditEntry => Entries.FirstOrDefault(e => Control.Stage(e.Stage).Kind == StageKind.Audit);
}
