using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

public sealed record GroupMembers(
    IReadOnlyList<Located<string>> Hosts,
    IReadOnlyList<Located<string>> OrganizationalUnits,
    IReadOnlyList<Located<string>> AdGroups)
{
    public static readonly GroupMembers Empty = new([], [], []);

    public bool IsEmpty => Hosts.Count == 0 && OrganizationalUnits.Count == 0 && AdGroups.Count == 0;
}

/// <summary>A set of computers that move through the rollout together.</summary>
public sealed record GroupDefinition(
    Located<string> Name,
    string? Description,
    string? Owner,
    GroupRole Role,
    GroupMembers Members,
    IReadOnlyList<string> Tags,
    string? MaxDialect,
    string? LinkTo,
    SourceLocation Location)
{
    /// <summary>How the machines are managed (default Group Policy on Windows).</summary>
    public GroupPlatform Platform { get; init; } = GroupPlatform.Windows;
}
