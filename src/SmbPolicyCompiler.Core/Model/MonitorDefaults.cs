using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// smbpol's monitor settings where the policy says nothing. The SMB1 monitor is the well-known RMM remote monitor
/// (hourly, last hour, any event 3000; its ticket subject); the thresholds monitor is the rollout guidance's daily
/// rule (more than 5 events of 3021/3024 per client in a day).
/// </summary>
internal static class MonitorDefaults
{
    public const int MaxClients = 50;

    private static readonly SourceLocation Builtin = SourceLocation.File("smbpol's defaults (docs/monitors.md)");

    public static MonitorSettings For(MonitorKind kind) => kind switch
    {
        MonitorKind.Smb1Traffic => new MonitorSettings(
            true,
            At(TimeSpan.FromHours(1)),
            At(TimeSpan.FromHours(1)),
            0,
            MaxClients,
            Template("SMB1 Traffic Detected on %COMPUTERNAME%"),
            Template("SMB1 traffic detected on %COMPUTERNAME% in the past %WINDOW%: %EVENTS% from %CLIENTS%.\nDetails:\n%RESULT%"),
            Builtin),
        _ => new MonitorSettings(
            true,
            At(TimeSpan.FromHours(24)),
            At(TimeSpan.FromHours(24)),
            5,
            MaxClients,
            Template("SMB Hardening Audit Alert on %COMPUTERNAME%: %CLIENTS% (%PRIORITY% priority)"),
            Template("%CLIENTS% logged more than %THRESHOLD% events of signing (3021) or SPN (3024) trouble on %COMPUTERNAME% in the past %WINDOW%, or cannot sign over SMB1 (3027).\nRing %RING%, group %GROUP%: fix them before the ring enforces %CONTROL%.\nDetails:\n%RESULT%"),
            Builtin),
    };

    private static Located<TimeSpan> At(TimeSpan value) => new(value, Builtin);

    private static TicketTemplate Template(string text) => TicketTemplate.Parse(text, Builtin);
}
