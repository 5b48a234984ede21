using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A stage dated after today still compiles into the output now; say so.</summary>
internal sealed class FutureStageDateRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DateInFuture;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from ring in context.Model.Rings
        from timeline in ring.Controls.Values
        from entry in timeline.Entries
        where entry.Since > context.AsOf
        select PolicyDiagnostics.DateInFuture(entry.Location, $"ring '{ring.Name.Value}' {timeline.Control.Key} '{entry.Stage}'",
            RuleContext.Date(entry.Since), RuleContext.Date(context.AsOf));
}
