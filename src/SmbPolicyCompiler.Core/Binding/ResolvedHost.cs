using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>One machine with everything that applies to it, and why.</summary>
public sealed record ResolvedHost(
    string Name,
    string? DnsName,
    Computer? Inventory,
    string Group,
    string? Ring,
    GroupRole Role,
    HostMembership Membership,
    IReadOnlyList<EffectiveControl> Controls,
    IReadOnlyList<DesiredSetting> Settings)
{
    /// <summary>The lower-case short name (<see cref="HostNames.Key"/>); the binder passes the one its groups hold, so each host has one copy.</summary>
    public string Key { get; internal init; } = HostNames.Key(Name);

    public EffectiveControl? Control(string key) => Controls.FirstOrDefault(c => c.Control.Key == key);

    public IEnumerable<DesiredSetting> SettingsFor(Side side) => Settings.Where(s => s.Setting.Side == side);
}
