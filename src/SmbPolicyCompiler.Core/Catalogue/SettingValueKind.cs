namespace SmbPolicyCompiler.Core.Catalogue;

public enum SettingValueKind
{
    DWord,
    String,
    MultiString,
    ExpandString,
    QWord,
    Binary,

    /// <summary>REG_NONE: raw bytes, no type.</summary>
    None,
}
