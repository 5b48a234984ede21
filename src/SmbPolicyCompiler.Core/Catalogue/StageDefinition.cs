namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>One stage of a control: its YAML name, how strict it is, and the settings it means on each side.</summary>
public sealed record StageDefinition(
    string Name,
    StageKind Kind,
    int Order,
    string Meaning,
    IReadOnlyList<SettingAssignment> Settings,
    string? SambaEquivalent = null)
{
    public IEnumerable<SettingAssignment> For(Side side) => Settings.Where(s => s.Setting.Side == side);
}
