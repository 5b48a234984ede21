namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>A registry key of the catalogue under HKEY_LOCAL_MACHINE (path without the hive), by the name the collector's JSON gives it.</summary>
public sealed record CatalogueKey(string Name, string Path);

/// <summary>
/// The four keys every SMB setting lives under: the LanmanServer and LanmanWorkstation Parameters keys (what the
/// service reads, what scripts and Security Options write) and their Policies keys (Administrative Templates).
/// The collector records them, and the WMI source reads them, under these names.
/// </summary>
public static class RegistryKeys
{
    public static readonly CatalogueKey ServerParameters = new("serverParameters", @"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters");
    public static readonly CatalogueKey ServerPolicies = new("serverPolicies", @"SOFTWARE\Policies\Microsoft\Windows\LanmanServer");
    public static readonly CatalogueKey ClientParameters = new("clientParameters", @"SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters");
    public static readonly CatalogueKey ClientPolicies = new("clientPolicies", @"SOFTWARE\Policies\Microsoft\Windows\LanmanWorkstation");

    public static IReadOnlyList<CatalogueKey> All { get; } = [ServerParameters, ServerPolicies, ClientParameters, ClientPolicies];

    public static CatalogueKey ParametersOf(Side side) => side == Side.Server ? ServerParameters : ClientParameters;

    public static CatalogueKey PoliciesOf(Side side) => side == Side.Server ? ServerPolicies : ClientPolicies;

    /// <summary>The catalogue key with this path (any hive prefix, any case), if it is one.</summary>
    public static CatalogueKey? Find(string key) =>
        All.FirstOrDefault(k => string.Equals(RegistryLocation.Normalize(key), k.Path, StringComparison.OrdinalIgnoreCase));
}
