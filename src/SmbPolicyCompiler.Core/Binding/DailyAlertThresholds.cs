using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>
/// The daily alert rule's threshold (more than N events of 3021/3024 by one client in a day): a ring's is its
/// auditThresholds monitor threshold, the number its Monitor-AuditThresholds.ps1 uses; servers in no ring take
/// policy.monitors' auditThresholds threshold, else smbpol's default. The SIEM daily alerts and readiness' daily
/// alerts both ask here, so they fire on the same clients.
/// </summary>
public static class DailyAlertThresholds
{
    public static int Of(ResolvedRing ring) => ring.Monitor(MonitorKind.AuditThresholds).Threshold;

    public static int OutsideRings(PolicySettings policy) =>
        policy.Monitors.GetValueOrDefault(MonitorKind.AuditThresholds, MonitorSettings.None).Over(MonitorDefaults.For(MonitorKind.AuditThresholds)).Threshold!.Value;
}
