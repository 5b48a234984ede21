using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// An exception running longer than policy.maxExceptionDays, counted from its created date (or from today when it
/// has none). Also catches a created date after the expiry.
/// </summary>
public sealed class ExceptionDurationRule : IPolicyRule
{
    public string Code => "SMB3005";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var maximum = context.Model.Policy.MaxExceptionDays;
        foreach (var exception in context.Model.Exceptions)
        {
            var start = exception.Created ?? context.AsOf;
            var days = exception.Expires.Value.DayNumber - start.DayNumber;
            if (exception.Created is { } created && days < 0)
            {
                yield return PolicyDiagnostics.ExceptionDatesOutOfOrder(exception.Expires.Location, exception.Id.Value,
                    RuleContext.Date(created), RuleContext.Date(exception.Expires.Value));
            }
            else if (maximum is { } max && days > max)
            {
                yield return PolicyDiagnostics.ExceptionTooLong(exception.Expires.Location, exception.Id.Value, days, max);
            }
        }
    }
}
