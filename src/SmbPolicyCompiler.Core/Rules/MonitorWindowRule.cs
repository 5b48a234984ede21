using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An enabled monitor looks back less far than the time between its runs: events in the gap are never read.</summary>
internal sealed class MonitorWindowRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.WindowShorterThanInterval;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var ring in context.Resolved.Rings)
        {
            foreach (var monitor in MonitorScope.Generated(ring).Where(m => m.Window < m.Interval))
            {
                yield return PolicyDiagnostics.WindowShorterThanInterval(
                    monitor.WindowLocation, ring.Name, monitor.Key, Durations.Format(monitor.Window), Durations.Format(monitor.Interval));
            }
        }
    }
}
