using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// A ring requires encryption (server or client) while one of its groups cannot encrypt: the group declares a
/// maxDialect below SMB 3.0, or inventory shows members on Windows 7 / Server 2008 R2 or older. Hosts an exception
/// holds back are not counted.
/// </summary>
internal sealed class EncryptionCapabilityRule : IPolicyRule
{
    private static readonly string[] EncryptionControls = [ControlCatalogue.ServerEncryption, ControlCatalogue.ClientEncryption];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.EncryptionImpossible;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var ring in context.Resolved.Rings)
        {
            foreach (var control in ring.Controls.Where(c => EncryptionControls.Contains(c.Control.Key) && c.Stage.Kind == StageKind.Enforce))
            {
                foreach (var group in ring.Groups.Select(context.Resolved.Group).OfType<ResolvedGroup>())
                {
                    if (Why(group, control.Control.Key, context.Resolved) is { } why)
                    {
                        yield return PolicyDiagnostics.EncryptionImpossible(control.DecidedBy.Location, ring.Name, control.Control.Key, group.Name, why);
                    }
                }
            }
        }
    }

    private static string? Why(ResolvedGroup group, string control, ResolvedPolicy resolved)
    {
        var enforced = group.HostKeys.Select(resolved.Host).OfType<ResolvedHost>()
            .Where(h => h.Control(control) is not { HeldBack: true })
            .ToList();
        if (group.Definition.MaxDialect is { } max && Dialects.ValueOf(max) < Dialects.FirstWithEncryption &&
            (group.HostKeys.Count == 0 || enforced.Count > 0))
        {
            return $"maxDialect {max}";
        }

        var old = enforced.Where(h => h.Inventory?.CannotEncrypt == true).Select(h => h.Name).ToList();
        return old.Count == 0 ? null : $"{old.Count} host(s) run Windows older than 8 / Server 2012, e.g. {old[0]}";
    }
}
