using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>EnableSecuritySignature ("sign if the other side agrees") is ignored by SMB2 and later.</summary>
public sealed class NoEffectOnSmb2Rule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.NoEffectOnSmb2;

    private static readonly string[] Smb1OnlyValues = ["EnableSecuritySignature"];

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        from ring in context.Model.Rings
        from setting in ring.AdditionalSettings
        where Smb1OnlyValues.Contains(setting.Registry.ValueName, StringComparer.OrdinalIgnoreCase) &&
              setting.Registry.Key.Contains(@"\Lanman", StringComparison.OrdinalIgnoreCase)
        select PolicyDiagnostics.NoEffectOnSmb2(setting.Location, setting.Registry.ToString());
}
