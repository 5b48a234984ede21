using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A ring enforces a control that has an audit stage without ever having audited it.</summary>
internal sealed class EnforceWithoutAuditRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.EnforceWithoutAudit;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from ring in context.Model.Rings
        from timeline in ring.Controls.Values
        where timeline.Control.HasAudit && timeline.CurrentStage.Kind == StageKind.Enforce && timeline.AuditEntry is null
        select PolicyDiagnostics.EnforceWithoutAudit(timeline.Current!.Location, ring.Name.Value, timeline.Control.Key, timeline.Current.Stage);
}
