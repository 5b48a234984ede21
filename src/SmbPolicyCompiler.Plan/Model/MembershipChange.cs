namespace SmbPolicyCompiler.Plan.Model;

public enum MembershipChangeKind
{
    GroupAdded,
    GroupRemoved,
    GroupMoved,
    HostAdded,
    HostRemoved,
}

/// <summary>A group moved between rings, a group or host added or removed.</summary>
public sealed record MembershipChange(MembershipChangeKind Kind, string Name, string? Group, string? FromRing, string? ToRing);
