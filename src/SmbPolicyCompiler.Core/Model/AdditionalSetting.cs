using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// A registry value a ring ships that no control covers. Data is a long (DWORD, QWORD), string, string array or
/// bytes (binary, REG_NONE); RollbackData (same kind) is what rollback restores, or null to delete the value.
/// A delete (<see cref="Action"/>) has no data: Kind String, Data "" and RollbackData null; DeleteValues has no value name.
/// </summary>
public sealed record AdditionalSetting(
    RegistryLocation Registry,
    SettingValueKind Kind,
    object Data,
    object? RollbackData,
    Side Side,
    string? Description,
    SourceLocation Location)
{
    public AdditionalSettingAction Action { get; init; } = AdditionalSettingAction.Set;

    public bool Deletes => Action != AdditionalSettingAction.Set;
}
