namespace SmbPolicyCompiler.Core.Catalogue;

public enum SettingValueKind
{
    DWord,
    String,
    MultiString,
}
