using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// A ring asks for a monitor (names it in its own monitors section, or a section says 'enabled: true') that cannot
/// find anything there (<see cref="MonitorScope"/>); compile leaves it out. Rings that do not ask get no warning.
/// </summary>
internal sealed class MonitorWithoutEventsRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.MonitorSeesNothing;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var ring in context.Resolved.Rings)
        {
            foreach (var monitor in ring.Monitors.Where(m => m.Enabled && m.Asked))
            {
                if (MonitorScope.WhyBlind(ring, monitor.Kind) is { } reason)
                {
                    yield return PolicyDiagnostics.MonitorSeesNothing(monitor.Location.HasPosition ? monitor.Location : ring.Definition.Location, ring.Name, monitor.Key, reason);
                }
            }
        }
    }
}
