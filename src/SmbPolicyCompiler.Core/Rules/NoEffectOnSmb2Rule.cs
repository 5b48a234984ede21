using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// An additional setting writes a value only SMB1 reads (EnableSecuritySignature, "sign if the other side agrees",
/// per the catalogue's Security Options) under one of the Lanman keys; SMB2 and later ignore it.
/// </summary>
internal sealed class NoEffectOnSmb2Rule : IPolicyRule
{
    private static readonly string[] Smb1OnlyValues = [.. SecurityOptions.All.Where(o => o.Smb1Only).Select(o => o.ValueName).Distinct(StringComparer.OrdinalIgnoreCase)];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.NoEffectOnSmb2;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from ring in context.Model.Rings
        from setting in ring.AdditionalSettings
        where Smb1OnlyValues.Contains(setting.Registry.ValueName, StringComparer.OrdinalIgnoreCase) && RegistryKeys.Find(setting.Registry.Key) is not null
        select PolicyDiagnostics.NoEffectOnSmb2(setting.Location, setting.Registry.ToString());
}
