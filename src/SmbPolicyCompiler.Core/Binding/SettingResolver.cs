using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>Turns a control's stage into concrete settings for one side, filling in policy parameters.</summary>
public static class SettingResolver
{
    public static IEnumerable<DesiredSetting> Resolve(
        ControlDefinition control, StageDefinition stage, Side side, IReadOnlyDictionary<string, long> parameters, Provenance decidedBy) =>
        stage.For(side).Select(a => new DesiredSetting(a.Setting, ValueOf(a.Value, parameters), control.Key, stage.Name, decidedBy));

    public static long ValueOf(SettingValue value, IReadOnlyDictionary<string, long> parameters) =>
        value.Constant ?? parameters.GetValueOrDefault(value.Parameter!);
}
