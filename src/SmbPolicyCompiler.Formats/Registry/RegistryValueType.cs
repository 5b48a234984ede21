namespace SmbPolicyCompiler.Formats;

/// <summary>Registry value types (winnt.h REG_*). Other numbers can occur in files and are kept as read.</summary>
public enum RegistryValueType : uint
{
    None = 0,
    String = 1,
    ExpandString = 2,
    Binary = 3,
    DWord = 4,
    DWordBigEndian = 5,
    MultiString = 7,
    QWord = 11,
}
