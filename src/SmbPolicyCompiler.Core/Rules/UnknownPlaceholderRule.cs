using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A ticket template (in policy.monitors or a ring's monitors) writes a %WORD% that is no placeholder.</summary>
internal sealed class UnknownPlaceholderRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.UnknownPlaceholder;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var known = TicketPlaceholders.All.Select(p => p.Token).ToList();
        var sections = new[] { context.Model.Policy.Monitors }.Concat(context.Model.Rings.Select(r => r.Monitors));
        foreach (var template in sections.SelectMany(s => s.Values).SelectMany(m => m.Templates))
        {
            foreach (var token in template.Unknown)
            {
                yield return PolicyDiagnostics.UnknownPlaceholder(template.Location, token, NameSuggester.Suggest(token, known), known);
            }
        }
    }
}
