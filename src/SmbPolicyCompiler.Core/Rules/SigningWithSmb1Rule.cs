using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// Enforcing server signing while SMB1 is still enabled or only audited: SMB1 clients' signing evidence
/// (event 3027) is unreliable, so readiness cannot vouch for them.
/// </summary>
internal sealed class SigningWithSmb1Rule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.SigningWithSmb1;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from ring in context.Resolved.Rings
        let signing = ring.Control(ControlCatalogue.ServerSigning)
        let smb1 = ring.Control(ControlCatalogue.Smb1Server)
        where signing.Stage.Kind == StageKind.Enforce && smb1.Stage.Kind != StageKind.Enforce
        select PolicyDiagnostics.SigningWithSmb1(signing.DecidedBy.Location, ring.Name, smb1.Stage.Name);
}
