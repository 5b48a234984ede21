using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Emit.Layout;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>
/// The monitors back end: per ring, monitors/ with Monitor-Smb1Traffic.ps1 and Monitor-AuditThresholds.ps1 (those the
/// policy turns on and the ring can watch, <see cref="MonitorScope"/>), Install-Monitors.ps1 and README.md.
/// A ring with no monitor gets no folder.
/// </summary>
internal static class MonitorsBackEnd
{
    public static IEnumerable<GeneratedFile> Write(EmitContext context, RingLayout ring)
    {
        var monitors = MonitorScope.Generated(ring.Ring).Select(m => MonitorFacts.Of(context, ring, m)).ToList();
        if (monitors.Count == 0)
        {
            yield break;
        }

        foreach (var monitor in monitors)
        {
            yield return MonitorScriptWriter.Write(context, monitor);
        }

        yield return InstallScriptWriter.Write(ring, monitors);
        yield return MonitorReadme.Write(ring, monitors);
    }
}
