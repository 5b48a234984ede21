namespace SmbPolicyCompiler.Core.Catalogue;

public enum SettingValueKind
{
    DWord,
    String,
    MultiString,
    ExpandString,
    QWord,
    Binary,
}
