namespace SmbPolicyCompiler.Core.Model;

/// <summary>What an additional setting does to its registry location: the three things registry.pol records can do.</summary>
public enum AdditionalSettingAction
{
    /// <summary>Write the value (the default).</summary>
    Set,

    /// <summary>Delete the named value (registry.pol <c>**del.&lt;value&gt;</c>).</summary>
    Delete,

    /// <summary>Delete every value of the key, not its subkeys (registry.pol <c>**delvals.</c>); it has no value name.</summary>
    DeleteValues,
}
