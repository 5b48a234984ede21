using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>Stages move one way, so a stricter stage cannot be dated before a laxer one.</summary>
internal sealed class StageDateOrderRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.StageDatesOutOfOrder;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var timeline in context.Model.Rings.SelectMany(r => r.Controls.Values))
        {
            var ordered = timeline.Entries.OrderBy(e => timeline.Control.Stage(e.Stage).Order).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Since < ordered[i - 1].Since)
                {
                    yield return PolicyDiagnostics.DatesOutOfOrder(ordered[i].Location, timeline.Control.Key, ordered[i].Stage,
                        RuleContext.Date(ordered[i].Since), ordered[i - 1].Stage, RuleContext.Date(ordered[i - 1].Since));
                }
            }
        }
    }
}
