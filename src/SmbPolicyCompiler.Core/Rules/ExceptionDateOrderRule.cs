using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An exception created after it expires.</summary>
internal sealed class ExceptionDateOrderRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionDatesOutOfOrder;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from exception in context.Model.Exceptions
        where exception.Created is { } created && created > exception.Expires.Value
        select PolicyDiagnostics.ExceptionDatesOutOfOrder(exception.Expires.Location, exception.Id.Value,
            RuleContext.Date(exception.Created!.Value), RuleContext.Date(exception.Expires.Value));
}
