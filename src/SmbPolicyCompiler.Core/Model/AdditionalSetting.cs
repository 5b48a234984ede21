using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// A registry value a ring ships that no control covers. Data is a long (DWORD), string, or string array;
/// RollbackData (same kind) is what rollback restores, or null to delete the value.
/// </summary>
public sealed record AdditionalSetting(
    RegistryLocation Registry,
    SettingValueKind Kind,
    object Data,
    object? RollbackData,
    Side Side,
    string? Description,
    SourceLocation Location);
