using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A ring with its groups, its controls (every catalogue control, managed or not) and the settings it asks for.</summary>
/// <param name="Sides">The sides its groups have: Server when any group is a server group, Client when any is a client group.</param>
public sealed record ResolvedRing(RingDefinition Definition, IReadOnlyList<string> Groups, IReadOnlyList<Side> Sides, IReadOnlyList<RingControl> Controls)
{
    public string Name => Definition.Name.Value;

    public int Order => Definition.Order;

    /// <summary>Every monitor (enabled or not) with the settings that apply to this ring.</summary>
    public IReadOnlyList<ResolvedMonitor> Monitors { get; init; } = [];

    public ResolvedMonitor Monitor(MonitorKind kind) => Monitors.First(m => m.Kind == kind);

    public RingControl Control(string key) => Controls.First(c => c.Control.Key == key);

    /// <summary>The settings this ring's stages give one side (what the ring's GPO for that side carries).</summary>
    public IReadOnlyList<DesiredSetting> SettingsFor(Side side, IReadOnlyDictionary<string, long> parameters) =>
        Controls.SelectMany(c => SettingResolver.Resolve(c.Control, c.Stage, side, parameters, c.DecidedBy)).ToList();
}
