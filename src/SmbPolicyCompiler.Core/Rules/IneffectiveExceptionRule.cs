using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An exception whose hosts' ring is not past the stage it holds them at: it does nothing there.</summary>
internal sealed class IneffectiveExceptionRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionNoEffect;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var exception in context.Resolved.Exceptions.Where(e => e.Active && e.Stage is not null))
        {
            var scope = exception.Definition.Hosts.Select(h => (Entry: h, Hosts: Hosts(context, [h.Value])))
                .Concat(exception.Definition.Groups.Select(g => (Entry: g, Hosts: Hosts(context, context.Resolved.Group(g.Value)?.HostKeys ?? []))));
            foreach (var (entry, hosts) in scope)
            {
                var first = hosts.FirstOrDefault(h => h.Control(exception.Control!.Key) is { } c && c.RingStage.Order <= exception.Stage!.Order);
                if (first is not null && hosts.All(h => h.Control(exception.Control!.Key)?.RingStage.Order <= exception.Stage!.Order))
                {
                    var ringStage = first.Control(exception.Control!.Key)!.RingStage.Name;
                    yield return PolicyDiagnostics.ExceptionNoEffect(entry.Location, exception.Id, entry.Value, exception.Stage!.Name, ringStage);
                }
            }
        }
    }

    private static List<ResolvedHost> Hosts(RuleContext context, IEnumerable<string> names) =>
        names.Select(context.Resolved.Host).OfType<ResolvedHost>().ToList();
}
