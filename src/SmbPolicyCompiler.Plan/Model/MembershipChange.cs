namespace SmbPolicyCompiler.Plan.Model;

public enum MembershipChangeKind
{
    GroupAdded,
    GroupRemoved,
    GroupMoved,
    HostAdded,
    HostRemoved,
    HostMoved,
}

/// <summary>
/// A group moved between rings, a group or host added or removed, a host moved to another group (<see cref="FromGroup"/>
/// is the one it left). <see cref="Platform"/> is a group's platform when Group Policy does not manage it (samba, intune).
/// </summary>
public sealed record MembershipChange(MembershipChangeKind Kind, string Name, string? Group, string? FromRing, string? ToRing, string? FromGroup = null, string? Platform = null);
