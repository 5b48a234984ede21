using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>
/// An additional setting writes or deletes a value a control manages, or deletes every value of a key that holds one;
/// two owners of one value would fight.
/// </summary>
internal sealed class AdditionalSettingCollisionRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.SettingCollides;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var setting in context.Model.Rings.SelectMany(r => r.AdditionalSettings))
        {
            var owner = ControlCatalogue.All.FirstOrDefault(c => c.AllSettings.Any(s =>
                Touches(setting, s.PolicyLocation) || Touches(setting, s.ServicesLocation)));
            if (owner is not null)
            {
                yield return PolicyDiagnostics.SettingCollides(setting.Location, setting.Registry.ToString(), owner.Key);
            }
        }
    }

    private static bool Touches(Model.AdditionalSetting setting, RegistryLocation managed) =>
        setting.Action == Model.AdditionalSettingAction.DeleteValues
            ? managed.Matches(setting.Registry.Key, managed.ValueName)
            : managed.Matches(setting.Registry.Key, setting.Registry.ValueName);
}
