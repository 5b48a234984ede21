using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Tests.Evaluation;

/// <summary>Desired settings and observations for evaluator tests.</summary>
internal static class Desired
{
    public static DesiredSetting Of(SettingDefinition setting, long value) =>
        new(setting, value, "control", "stage", new Provenance(ProvenanceKind.Ring, "pilot", new SourceLocation("policies/rings.yaml", 12, 7)));

    public static HostObservation Registry(int? build, params (RegistryLocation Location, ObservedValue? Value)[] values)
    {
        var registry = new ObservedRegistry();
        foreach (var key in RegistryKeys.All)
        {
            registry.AddKey(key.Path);
        }

        foreach (var (location, value) in values)
        {
            if (value is not null)
            {
                registry.Add(location.FullKey, location.ValueName, value);
            }
        }

        return new HostObservation("FS01", "snapshot:FS01.json") { Registry = registry, OsBuild = build };
    }

    public static HostObservation WithServerCmdlet(this HostObservation observation, string property, ObservedValue value) =>
        observation with { ServerConfiguration = new Dictionary<string, ObservedValue> { [property] = value } };

    public static HostObservation WithClientCmdlet(this HostObservation observation, string property, ObservedValue value) =>
        observation with { ClientConfiguration = new Dictionary<string, ObservedValue> { [property] = value } };
}
