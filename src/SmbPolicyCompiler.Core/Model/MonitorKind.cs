namespace SmbPolicyCompiler.Core.Model;

/// <summary>The monitors compile can generate per ring (the keys of a 'monitors' section).</summary>
public enum MonitorKind
{
    /// <summary>smb1Traffic: Monitor-Smb1Traffic.ps1, event 3000 in the window.</summary>
    Smb1Traffic,

    /// <summary>auditThresholds: Monitor-AuditThresholds.ps1, the daily alert rule.</summary>
    AuditThresholds,
}

public static class MonitorKinds
{
    public static IReadOnlyList<MonitorKind> All { get; } = [MonitorKind.Smb1Traffic, MonitorKind.AuditThresholds];

    /// <summary>The key in the policy: smb1Traffic, auditThresholds.</summary>
    public static string Key(this MonitorKind kind) => kind switch
    {
        MonitorKind.Smb1Traffic => "smb1Traffic",
        _ => "auditThresholds",
    };

    /// <summary>The generated script's name without .ps1: Monitor-Smb1Traffic, Monitor-AuditThresholds.</summary>
    public static string ScriptName(this MonitorKind kind) => kind switch
    {
        MonitorKind.Smb1Traffic => "Monitor-Smb1Traffic",
        _ => "Monitor-AuditThresholds",
    };

    public static MonitorKind? Find(string key) => All.Cast<MonitorKind?>().FirstOrDefault(k => k!.Value.Key() == key);
}
