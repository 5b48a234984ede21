namespace SmbPolicyCompiler.Plan.Model;

public enum ChangeDirection
{
    Promote,
    Demote,
}

/// <summary>
/// A ring's control moves from one stage to another. <see cref="Hosts"/> are the machines whose effective stage
/// changes with it (exceptions taken into account); groups and OUs are those the change reaches.
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
    IReadOnlyList<string> OrganizationalUnits);
