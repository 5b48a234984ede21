using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Binding;

public enum MembershipKind
{
    HostName,
    Wildcard,
    OrganizationalUnit,
    AdGroup,
}

/// <summary>Why a host is in a group: the member entry that selected it.</summary>
public sealed record HostMembership(MembershipKind Kind, string Selector, SourceLocation Location)
{
    public string Describe() => Kind switch
    {
        MembershipKind.HostName => $"named as host '{Selector}'",
        MembershipKind.Wildcard => $"matches wildcard '{Selector}'",
        MembershipKind.OrganizationalUnit => $"in OU '{Selector}'",
        _ => $"member of AD group '{Selector}'",
    };
}
