using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An exception past its expiry date.</summary>
internal sealed class ExpiredExceptionRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionExpired;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Model.Exceptions.Where(e => e.Expires.Value < context.AsOf).Select(e =>
            PolicyDiagnostics.ExceptionExpired(e.Expires.Location, e.Id.Value, RuleContext.Date(e.Expires.Value), RuleContext.Date(context.AsOf)));
}
