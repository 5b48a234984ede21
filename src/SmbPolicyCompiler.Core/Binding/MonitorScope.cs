using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>
/// Whether a monitor can find anything in a ring. Monitors read the servers' SMBServer/Audit log, so a ring needs a
/// server group; the thresholds monitor also needs signing or SPN validation audited (the SMB1 monitor turns its own
/// auditing on). Compile generates a monitor only where it can; a ring that asks for one where it cannot is warned.
/// </summary>
public static class MonitorScope
{
    /// <summary>Why the monitor cannot find anything in the ring, or null when it can.</summary>
    public static string? WhyBlind(ResolvedRing ring, MonitorKind kind)
    {
        if (!ring.Sides.Contains(Side.Server))
        {
            return "the ring has no server group (monitors read the servers' SMBServer/Audit log)";
        }

        if (kind == MonitorKind.AuditThresholds && !MonitoredEvents.Controls(kind).Any(key => ring.Control(key).IsManaged))
        {
            return "the ring audits neither serverSigning nor spnValidation (events 3021, 3024-3027 are not logged)";
        }

        return null;
    }

    /// <summary>The monitors compile generates for the ring: enabled, and able to find something.</summary>
    public static IReadOnlyList<ResolvedMonitor> Generated(ResolvedRing ring) =>
        [.. ring.Monitors.Where(m => m.Enabled && WhyBlind(ring, m.Kind) is null)];
}
