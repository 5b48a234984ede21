namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>
/// The <c>**</c> value names of registry.pol that delete instead of set. Written the way GPMC writes them:
/// lowercase, as REG_SZ " " (size 4). Recognised case-insensitively, like the client-side extension does.
/// </summary>
public static class PolDirectives
{
    public const string DirectivePrefix = "**";

    public const string DeleteValuePrefix = "**del.";

    public const string DeleteAllValuesName = "**delvals.";

    /// <summary>The data GPMC writes for <c>**del.</c> and <c>**delvals.</c>: REG_SZ " ".</summary>
    public static RegistryValue DirectiveData { get; } = RegistryValue.String(" ");

    /// <summary>A record that deletes value <paramref name="valueName"/> of <paramref name="key"/>.</summary>
    public static PolRecord DeleteValue(string key, string valueName)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(valueName);
        return new PolRecord(key, DeleteValuePrefix + valueName, DirectiveData);
    }

    /// <summary>A record that deletes every value (not subkey) of <paramref name="key"/>; it must precede the key's new values.</summary>
    public static PolRecord DeleteAllValues(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new PolRecord(key, DeleteAllValuesName, DirectiveData);
    }

    public static bool IsDirective(string valueName) => valueName.StartsWith(DirectivePrefix, StringComparison.Ordinal);

    /// <summary>True for <c>**delvals.</c> in any case (and the dotless spelling some tools write).</summary>
    public static bool IsDeleteAllValues(string valueName) =>
        valueName.Equals(DeleteAllValuesName, StringComparison.OrdinalIgnoreCase) ||
        valueName.Equals(DeleteAllValuesName[..^1], StringComparison.OrdinalIgnoreCase);

    /// <summary>For <c>**del.Name</c> (any case) gives <c>Name</c>.</summary>
    public static bool TryGetDeletedValueName(string valueName, out string deletedValueName)
    {
        if (valueName.StartsWith(DeleteValuePrefix, StringComparison.OrdinalIgnoreCase))
        {
            deletedValueName = valueName[DeleteValuePrefix.Length..];
            return true;
        }

        deletedValueName = "";
        return false;
    }
}
