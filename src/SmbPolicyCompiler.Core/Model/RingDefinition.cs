using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>A rollout ring: groups that are promoted together, with each control's stage and gates.</summary>
public sealed record RingDefinition(
    Located<string> Name,
    int Order,
    string? Description,
    IReadOnlyList<Located<string>> Groups,
    IReadOnlyDictionary<string, ControlTimeline> Controls,
    IReadOnlyDictionary<string, Gate> Gates,
    IReadOnlyList<AdditionalSetting> AdditionalSettings,
    SourceLocation Location)
{
    /// <summary>The ring's monitors section: its settings over policy.monitors, field by field.</summary>
    public IReadOnlyDictionary<MonitorKind, MonitorSettings> Monitors { get; init; } = new Dictionary<MonitorKind, MonitorSettings>();
}
