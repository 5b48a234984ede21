namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>How Group Policy carries a setting to the machine.</summary>
public enum GpoMechanism
{
    /// <summary>Administrative Template policy: registry.pol under Software\Policies (not tattooed).</summary>
    AdministrativeTemplate,

    /// <summary>Security Option: GptTmpl.inf [Registry Values], written to the Services path.</summary>
    SecurityOption,

    /// <summary>A Services-path value carried in registry.pol (tattoos the registry, like the MS Security Guide's SMB1 policy).</summary>
    ServicesRegistryPol,
}
