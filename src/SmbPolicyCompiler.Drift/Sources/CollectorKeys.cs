using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// The four registry keys the collector records (and the WMI source reads), by the names Collect-SmbState.ps1
/// gives them, with their paths from the controls catalogue.
/// </summary>
public static class CollectorKeys
{
    public static IReadOnlyList<(string Name, string Key)> All { get; } =
    [
        ("serverParameters", Sample(Side.Server).ServicesLocation.Key),
        ("serverPolicies", Sample(Side.Server).PolicyLocation.Key),
        ("clientParameters", Sample(Side.Client).ServicesLocation.Key),
        ("clientPolicies", Sample(Side.Client).PolicyLocation.Key),
    ];

    private static SettingDefinition Sample(Side side) => ControlCatalogue.AllSettings.First(s => s.Side == side);
}
