using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An exception names a host, group, control or stage the policy does not have.</summary>
internal sealed class UnknownExceptionTargetRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionUnknownTarget;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var groups = context.Model.Groups.Select(g => g.Name.Value).ToList();
        var hosts = context.Resolved.Hosts.Select(h => h.Name).ToList();
        foreach (var exception in context.Resolved.Exceptions)
        {
            var id = exception.Id;
            var definition = exception.Definition;
            foreach (var host in definition.Hosts.Where(h => context.Resolved.Host(h.Value) is null))
            {
                yield return PolicyDiagnostics.ExceptionUnknown(host.Location, id, "host", host.Value, NameSuggester.Suggest(host.Value, hosts));
            }

            foreach (var group in definition.Groups.Where(g => context.Resolved.Group(g.Value) is null))
            {
                yield return PolicyDiagnostics.ExceptionUnknown(group.Location, id, "group", group.Value, NameSuggester.Suggest(group.Value, groups));
            }

            if (exception.Control is null)
            {
                yield return PolicyDiagnostics.ExceptionUnknown(definition.Control.Location, id, "control", definition.Control.Value,
                    NameSuggester.Suggest(definition.Control.Value, ControlCatalogue.All.Select(c => c.Key)));
            }
            else if (exception.Stage is null)
            {
                yield return PolicyDiagnostics.ExceptionUnknownStage(definition.Stage.Location, id, exception.Control.Key,
                    definition.Stage.Value, exception.Control.Stages.Select(s => s.Name));
            }
        }
    }
}
