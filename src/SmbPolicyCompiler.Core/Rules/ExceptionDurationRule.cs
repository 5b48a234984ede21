using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// An exception running longer than policy.maxExceptionDays, counted from its created date (or from today when it
/// has none). Dates in the wrong order are ExceptionDateOrderRule's.
/// </summary>
internal sealed class ExceptionDurationRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ExceptionTooLong;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Model.Policy.MaxExceptionDays is not { } maximum)
        {
            yield break;
        }

        foreach (var exception in context.Model.Exceptions)
        {
            var days = exception.Expires.Value.DayNumber - (exception.Created ?? context.AsOf).DayNumber;
            if (days > maximum)
            {
                yield return PolicyDiagnostics.ExceptionTooLong(exception.Expires.Location, exception.Id.Value, days, maximum);
            }
        }
    }
}
