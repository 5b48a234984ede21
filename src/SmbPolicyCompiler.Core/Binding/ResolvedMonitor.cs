using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>
/// One monitor as a ring has it: the ring's settings over policy.monitors over smbpol's defaults, every field set.
/// <paramref name="Location"/> is where the deciding section is (the ring's, the policy's, or the defaults').
/// <paramref name="Asked"/>: the ring's own section names the monitor, or a section says 'enabled: true' — so a ring where
/// it cannot watch anything deserves a warning rather than silence.
/// </summary>
public sealed record ResolvedMonitor(
    MonitorKind Kind,
    bool Enabled,
    bool Asked,
    TimeSpan Interval,
    TimeSpan Window,
    int Threshold,
    int MaxClients,
    TicketTemplate Subject,
    TicketTemplate Body,
    SourceLocation Location,
    SourceLocation WindowLocation)
{
    public string Key => Kind.Key();

    public static ResolvedMonitor Resolve(MonitorKind kind, RingDefinition ring, PolicySettings policy)
    {
        var own = ring.Monitors.GetValueOrDefault(kind);
        var declared = (own ?? MonitorSettings.None).Over(policy.Monitors.GetValueOrDefault(kind, MonitorSettings.None));
        var settings = declared.Over(MonitorDefaults.For(kind));
        return new ResolvedMonitor(
            kind,
            settings.Enabled!.Value,
            own is not null || declared.Enabled == true,
            settings.Interval!.Value,
            settings.Window!.Value,
            settings.Threshold!.Value,
            settings.MaxClients!.Value,
            settings.Subject!,
            settings.Body!,
            settings.Location!,
            settings.Window.Location);
    }
}
