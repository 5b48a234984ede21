using static SmbPolicyCompiler.Core.Catalogue.RegistryKeys;

namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>A Security Option of the Lanman Parameters keys: a value Group Policy carries in GptTmpl.inf [Registry Values].</summary>
public sealed record SecurityOptionDefinition(CatalogueKey Key, string ValueName, string GpoName)
{
    /// <summary>Only SMB1 reads it ("sign if the other side agrees"); SMB2 and later ignore it.</summary>
    public bool Smb1Only { get; init; }

    public RegistryLocation Location => new(Key.Path, ValueName);
}

/// <summary>
/// Every Security Option of the LanmanServer and LanmanWorkstation Parameters keys (shared/domain/smb-hardening.md
/// §1.3): those the controls manage, and the others, which a ring's additional settings may write.
/// </summary>
public static class SecurityOptions
{
    private static readonly SecurityOptionDefinition[] NotManaged =
    [
        new(ServerParameters, "AutoDisconnect", "Microsoft network server: Amount of idle time required before suspending session"),
        new(ServerParameters, "EnableForcedLogOff", "Microsoft network server: Disconnect clients when logon hours expire"),
        new(ServerParameters, "EnableSecuritySignature", "Microsoft network server: Digitally sign communications (if client agrees)") { Smb1Only = true },
        new(ServerParameters, "NullSessionPipes", "Network access: Named Pipes that can be accessed anonymously"),
        new(ServerParameters, "NullSessionShares", "Network access: Shares that can be accessed anonymously"),
        new(ServerParameters, "RestrictNullSessAccess", "Network access: Restrict anonymous access to Named Pipes and Shares"),
        new(ClientParameters, "EnablePlainTextPassword", "Microsoft network client: Send unencrypted password to third-party SMB servers"),
        new(ClientParameters, "EnableSecuritySignature", "Microsoft network client: Digitally sign communications (if server agrees)") { Smb1Only = true },
    ];

    /// <summary>By key (server first), then value name.</summary>
    public static IReadOnlyList<SecurityOptionDefinition> All { get; } =
    [
        .. ControlCatalogue.AllSettings
            .Where(s => s.Mechanism == GpoMechanism.SecurityOption)
            .Select(s => new SecurityOptionDefinition(ParametersOf(s.Side), s.ValueName, s.GpoName))
            .Concat(NotManaged)
            .OrderBy(o => o.Key == ServerParameters ? 0 : 1)
            .ThenBy(o => o.ValueName, StringComparer.Ordinal),
    ];

    public static SecurityOptionDefinition? Find(RegistryLocation location) =>
        All.FirstOrDefault(o => o.Location.Matches(location.Key, location.ValueName));
}
