namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>One stage of a control: its YAML name, how strict it is, the settings it means on each side, and the
/// smb.conf options it means on Samba (empty when Samba has no equivalent, e.g. every audit stage).</summary>
public sealed record StageDefinition(
    string Name,
    StageKind Kind,
    int Order,
    string Meaning,
    IReadOnlyList<SettingAssignment> Settings,
    IReadOnlyList<SambaOption>? Samba = null)
{
    public IReadOnlyList<SambaOption> SambaOptions => Samba ?? [];

    /// <summary>The smb.conf lines, for docs ("server signing = mandatory"), or null.</summary>
    public string? SambaEquivalent => SambaOptions.Count == 0 ? null : string.Join("; ", SambaOptions);

    public IEnumerable<SettingAssignment> For(Side side) => Settings.Where(s => s.Setting.Side == side);
}
