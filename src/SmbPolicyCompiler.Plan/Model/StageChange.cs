namespace SmbPolicyCompiler.Plan.Model;

public enum ChangeDirection
{
    Promote,
    Demote,
}

/// <summary>
/// A ring's control moves from one stage to another. <see cref="Hosts"/> are the machines whose effective stage
/// changes with it (exceptions taken into account); groups and OUs are those the change reaches.
/// <see cref="GroupPlatforms"/> names each of those groups that Group Policy does not reach (samba, intune): the change
/// reaches them through the ring's smb.conf include or Intune policy instead of its GPO.
/// </summary>
public sealed record StageChange(
    string Ring,
    string Control,
    string FromStage,
    string ToStage,
    ChangeDirection Direction,
    bool ToEnforce,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> OrganizationalUnits)
{
    public IReadOnlyDictionary<string, string> GroupPlatforms { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
