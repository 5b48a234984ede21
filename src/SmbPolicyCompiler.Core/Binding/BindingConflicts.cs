using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A host selected by a second group: the binder keeps the first, a rule reports the clash.</summary>
public sealed record HostGroupClash(string Host, string Group, HostMembership Membership, string FirstGroup);

/// <summary>A group listed by a second ring.</summary>
public sealed record GroupRingClash(string Group, string Ring, SourceLocation Location, string FirstRing);

/// <summary>A ring names a group that does not exist.</summary>
public sealed record UnknownGroupReference(string Ring, string Group, SourceLocation Location);

/// <summary>Membership the binder could not resolve to hosts (OU, AD group or wildcard without an inventory).</summary>
public sealed record UnresolvedMembership(string Group, string What, SourceLocation Location);

/// <summary>What the binder had to decide around: the rules turn these into diagnostics.</summary>
public sealed record BindingConflicts(
    IReadOnlyList<HostGroupClash> HostClashes,
    IReadOnlyList<GroupRingClash> RingClashes,
    IReadOnlyList<UnknownGroupReference> UnknownGroups,
    IReadOnlyList<UnresolvedMembership> Unresolved);
