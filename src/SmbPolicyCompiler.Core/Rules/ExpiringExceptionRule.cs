using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An exception that expires within policy.expiryWarningDays (default 14).</summary>
internal sealed class ExpiringExceptionRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionExpiresSoon;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var window = context.Model.Policy.ExpiryWarningDays;
        foreach (var exception in context.Model.Exceptions)
        {
            var days = exception.Expires.Value.DayNumber - context.AsOf.DayNumber;
            if (days >= 0 && days <= window)
            {
                yield return PolicyDiagnostics.ExceptionExpiresSoon(exception.Expires.Location, exception.Id.Value, RuleContext.Date(exception.Expires.Value), days);
            }
        }
    }
}
