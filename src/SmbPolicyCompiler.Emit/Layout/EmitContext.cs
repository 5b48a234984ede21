using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>What every back end may read: the bound policy, the backup time and the layouts of all rings.</summary>
internal sealed class EmitContext
{
    private readonly ILookup<string, ResolvedHost> _hostsByGroup;

    public EmitContext(ResolvedPolicy policy, DateTime backupTime)
    {
        Policy = policy;
        BackupTime = backupTime;
        _hostsByGroup = policy.Hosts.ToLookup(h => h.Group, StringComparer.OrdinalIgnoreCase);
    }

    public ResolvedPolicy Policy { get; }

    public PolicySettings Settings => Policy.Policy;

    public DateTime BackupTime { get; }

    public IReadOnlyList<RingLayout> Rings { get; internal set; } = [];

    public IEnumerable<ResolvedHost> HostsOf(string group) => _hostsByGroup[group];

    /// <summary>The groups the ring names, as the policy binds them.</summary>
    public IEnumerable<ResolvedGroup> GroupsOf(ResolvedRing ring) => ring.Groups.Select(Policy.Group).OfType<ResolvedGroup>();

    /// <summary>The ring's groups whose members <paramref name="platform"/> manages (Samba, Intune) rather than Group Policy.</summary>
    public IReadOnlyList<ResolvedGroup> GroupsOn(ResolvedRing ring, GroupPlatform platform) => [.. GroupsOf(ring).Where(g => g.Definition.Platform == platform)];
}
