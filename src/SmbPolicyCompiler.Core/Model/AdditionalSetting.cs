using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>A registry value a ring ships that no control covers. Data is a long (DWORD), string, or string list.</summary>
public sealed record AdditionalSetting(
    RegistryLocation Registry,
    SettingValueKind Kind,
    object Data,
    Side Side,
    string? Description,
    SourceLocation Location);
