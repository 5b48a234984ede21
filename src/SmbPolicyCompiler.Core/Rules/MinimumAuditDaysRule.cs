using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A ring moved to enforce sooner after audit began than its gate's minAuditDays allows.</summary>
internal sealed class MinimumAuditDaysRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.EnforceTooEarly;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var ring in context.Resolved.Rings)
        {
            foreach (var control in ring.Controls.Where(c => c.Timeline?.AuditEntry is not null && c.Gate.MinAuditDays is not null))
            {
                var timeline = control.Timeline!;
                var enforce = timeline.Entries
                    .Where(e => control.Control.Stage(e.Stage).Kind == StageKind.Enforce)
                    .MinBy(e => control.Control.Stage(e.Stage).Order);
                if (enforce is null)
                {
                    continue;
                }

                var days = enforce.Since.DayNumber - timeline.AuditEntry!.Since.DayNumber;
                if (days < control.Gate.MinAuditDays)
                {
                    yield return PolicyDiagnostics.EnforceTooEarly(enforce.Location, ring.Name, control.Control.Key, enforce.Stage, days, control.Gate.MinAuditDays!.Value);
                }
            }
        }
    }
}
