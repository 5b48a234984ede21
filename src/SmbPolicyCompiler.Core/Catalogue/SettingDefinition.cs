namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// One concrete Windows setting and every name it goes by. Group Policy writes <see cref="GpoLocation"/>;
/// scripts write <see cref="ServicesLocation"/> (through the cmdlet when it has a parameter); the OS reads
/// <see cref="ReadOrder"/> first to last.
/// </summary>
public sealed record SettingDefinition
{
    public required string Id { get; init; }

    public required Side Side { get; init; }

    public required string ValueName { get; init; }

    public SettingValueKind Kind { get; init; } = SettingValueKind.DWord;

    public required GpoMechanism Mechanism { get; init; }

    /// <summary>The ADMX policy or Security Option display name an admin finds in the Group Policy editor.</summary>
    public required string GpoName { get; init; }

    /// <summary>For a Security Option with a list of choices: the editor's name for each value (index = value); otherwise an on/off option.</summary>
    public IReadOnlyList<string> GpoChoices { get; init; } = [];

    public PowerShellParameter? PowerShell { get; init; }

    /// <summary>Property of MSFT_SmbServerConfiguration / MSFT_SmbClientConfiguration (root\Microsoft\Windows\SMB).</summary>
    public string? CimProperty { get; init; }

    /// <summary>Property of ComputerManagementDsc's SmbServerConfiguration resource, when it has one.</summary>
    public string? DscProperty { get; init; }

    public string? IntuneCsp { get; init; }

    /// <summary>
    /// Microsoft's Policy CSP reference page and section for <see cref="IntuneCsp"/>
    /// (https://learn.microsoft.com/windows/client-management/mdm/policy-csp-&lt;area&gt;#&lt;node&gt;): the source of the path.
    /// </summary>
    public string? IntuneCspReference { get; init; }

    /// <summary>True when Intune's Settings Catalog shows the CSP as a number (an integer instance), not a choice of values.</summary>
    public bool IntuneInteger { get; init; }

    /// <summary>
    /// The Settings Catalog setting definition id: the CSP path without "./", '/' as '_', lower case
    /// (./Device/Vendor/MSFT/Policy/Config/LanmanServer/X → device_vendor_msft_policy_config_lanmanserver_x);
    /// a choice's value id is this id + "_" + the value.
    /// </summary>
    public string? IntuneSettingId => IntuneCsp?.TrimStart('.', '/').Replace('/', '_').ToLowerInvariant();

    public required OsRequirement MinimumOs { get; init; }

    public bool RebootRequired { get; init; }

    /// <summary>The value that turns the setting's effect off: what an exception GPO or a rollback writes.</summary>
    public required long RelaxedValue { get; init; }

    public required AbsentValue Absent { get; init; }

    public RegistryLocation ServicesLocation => new(RegistryKeys.ParametersOf(Side).Path, ValueName);

    public RegistryLocation PolicyLocation => new(RegistryKeys.PoliciesOf(Side).Path, ValueName);

    public RegistryLocation GpoLocation => Mechanism == GpoMechanism.AdministrativeTemplate ? PolicyLocation : ServicesLocation;

    /// <summary>Administrative Template values are read from the policy key first, then the Services key; the rest from Services only.</summary>
    public IReadOnlyList<RegistryLocation> ReadOrder => Mechanism == GpoMechanism.AdministrativeTemplate
        ? [PolicyLocation, ServicesLocation]
        : [ServicesLocation];
}
