namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>A value under HKEY_LOCAL_MACHINE: key path without the hive (e.g. SYSTEM\CurrentControlSet\...) and value name.</summary>
public sealed record RegistryLocation(string Key, string ValueName)
{
    public const string Hive = "HKEY_LOCAL_MACHINE";

    public string FullKey => Hive + "\\" + Key;

    public string ShortKey => "HKLM\\" + Key;

    public override string ToString() => ShortKey + "\\" + ValueName;

    public bool Matches(string key, string valueName) =>
        string.Equals(Normalize(key), Normalize(Key), StringComparison.OrdinalIgnoreCase) &&
        string.Equals(valueName, ValueName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Strips a hive prefix (HKLM\, HKEY_LOCAL_MACHINE\, MACHINE\, HKLM:\) and surrounding backslashes.</summary>
    public static string Normalize(string key)
    {
        var k = key.Trim().Trim('\\');
        foreach (var prefix in new[] { "HKEY_LOCAL_MACHINE\\", "HKLM:\\", "HKLM\\", "MACHINE\\" })
        {
            if (k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return k[prefix.Length..];
            }
        }

        return k;
    }
}
