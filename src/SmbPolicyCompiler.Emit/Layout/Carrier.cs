namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>Which file of a GPO carries a registry value.</summary>
internal enum Carrier
{
    /// <summary>registry.pol (Administrative Templates and other registry values).</summary>
    RegistryPol,

    /// <summary>GptTmpl.inf [Registry Values] (Security Options).</summary>
    SecurityTemplate,
}
