using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>An additional setting writes a value a control manages; two owners of one value would fight.</summary>
public sealed class AdditionalSettingCollisionRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.SettingCollides;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var setting in context.Model.Rings.SelectMany(r => r.AdditionalSettings))
        {
            var owner = ControlCatalogue.All.FirstOrDefault(c => c.AllSettings.Any(s =>
                s.PolicyLocation.Matches(setting.Registry.Key, setting.Registry.ValueName) ||
                s.ServicesLocation.Matches(setting.Registry.Key, setting.Registry.ValueName)));
            if (owner is not null)
            {
                yield return PolicyDiagnostics.SettingCollides(setting.Location, setting.Registry.ToString(), owner.Key);
            }
        }
    }
}
