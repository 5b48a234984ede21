namespace SmbPolicyCompiler.Formats;

internal static class RegistryValueTypeExtensions
{
    /// <summary>The Windows name (REG_SZ, REG_DWORD, ...), or REG_0x.. for a number without a name.</summary>
    public static string ToRegName(this RegistryValueType type) => type switch
    {
        RegistryValueType.None => "REG_NONE",
        RegistryValueType.String => "REG_SZ",
        RegistryValueType.ExpandString => "REG_EXPAND_SZ",
        RegistryValueType.Binary => "REG_BINARY",
        RegistryValueType.DWord => "REG_DWORD",
        RegistryValueType.DWordBigEndian => "REG_DWORD_BIG_ENDIAN",
        RegistryValueType.MultiString => "REG_MULTI_SZ",
        RegistryValueType.QWord => "REG_QWORD",
        _ => $"REG_0x{(uint)type:X}",
    };

    /// <summary>True for the types whose data is UTF-16LE text (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ).</summary>
    public static bool IsText(this RegistryValueType type) =>
        type is RegistryValueType.String or RegistryValueType.ExpandString or RegistryValueType.MultiString;
}
