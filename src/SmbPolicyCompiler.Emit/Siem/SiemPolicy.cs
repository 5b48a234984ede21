using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Emit.Layout;

namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>
/// What the SIEM outputs need from the bound policy, computed once: the host lookup rows, the rings that disabled
/// SMB1, the enforcement signals per ring, and the daily alert threshold per ring (the ring's auditThresholds
/// monitor threshold, the same number its Monitor-AuditThresholds.ps1 uses).
/// </summary>
internal sealed class SiemPolicy
{
    /// <summary>How many users, SPNs and servers a query keeps per row (readiness keeps 50 users and SPNs per client).</summary>
    public const int ListCap = 50;

    public SiemPolicy(EmitContext context)
    {
        var policy = context.Policy;
        PolicyName = policy.Policy.Name;
        Date = context.BackupTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        DefaultThreshold = DailyAlertThresholds.OutsideRings(policy.Policy);
        AlertThresholds = [.. policy.Rings.Select(r => new KeyValuePair<string, int>(r.Name, DailyAlertThresholds.Of(r)))];
        var roleNames = Enum.GetValues<GroupRole>().ToDictionary(r => r, r => r.ToString().ToLowerInvariant()); // one string per role, not per host
        Hosts =
        [
            .. policy.Hosts
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .Select(h => new SiemHost(
                    h.Key.ToLowerInvariant(),
                    (h.DnsName ?? (policy.Policy.Domain.Length > 0 ? $"{h.Name}.{policy.Policy.Domain}" : h.Name)).ToLowerInvariant(),
                    h.Ring ?? string.Empty,
                    h.Group,
                    roleNames[h.Role],
                    ThresholdOf(h.Ring ?? string.Empty)))
                .OrderBy(h => h.ShortName, StringComparer.Ordinal),
        ];
        RingFolders = [.. context.Rings.Select(r => (r.Ring.Name, r.Folder))];
        Smb1DisabledRings = [.. policy.Rings.Where(r => r.Control(ControlCatalogue.Smb1Server).Stage.Kind == StageKind.Enforce).Select(r => r.Name)];
        Signals =
        [
            .. ControlCatalogue.All
                .SelectMany(c => c.Stages.Where(s => s.Kind == StageKind.Enforce).Select(s => (Control: c, Stage: s)))
                .SelectMany(cs => EnforcementSignals.For(cs.Control.Key, cs.Stage.Name).Select(signal => new SiemSignal(
                    cs.Control.Key,
                    cs.Stage.Name,
                    signal,
                    [.. policy.Rings.Where(r => r.Control(cs.Control.Key).Stage.Name == cs.Stage.Name).Select(r => r.Name)]))),
        ];
        _serverNames = Hosts.Where(h => h.Role != "client").GroupBy(h => h.Ring, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(h => new[] { h.Fqdn, h.ShortName }).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _serverNames;

    public string PolicyName { get; }

    /// <summary>The policy's date (its latest stage or exception date), as Sigma's date field wants it.</summary>
    public string Date { get; }

    public IReadOnlyList<SiemHost> Hosts { get; }

    /// <summary>Every ring with its output folder name (a safe file-name segment), in the policy's order.</summary>
    public IReadOnlyList<(string Name, string Folder)> RingFolders { get; }

    public IReadOnlyList<string> Smb1DisabledRings { get; }

    /// <summary>Every enforcement signal of the catalogue, with the rings it applies to now (none when no ring is at its stage).</summary>
    public IReadOnlyList<SiemSignal> Signals { get; }

    /// <summary>The signals that apply in some ring.</summary>
    public IEnumerable<SiemSignal> ActiveSignals => Signals.Where(s => s.Rings.Count > 0);

    /// <summary>The daily alert threshold per ring, in the policy's ring order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> AlertThresholds { get; }

    /// <summary>For servers in no ring: policy.monitors' auditThresholds threshold, else smbpol's default.</summary>
    public int DefaultThreshold { get; }

    public int ThresholdOf(string ring) => AlertThresholds.FirstOrDefault(p => p.Key == ring, new(ring, DefaultThreshold)).Value;

    /// <summary>The names a server of the ring logs as its Computer: FQDN and short name, lower case.</summary>
    public IEnumerable<string> ComputerNamesOf(string ring) => _serverNames.TryGetValue(ring, out var names) ? names : [];
}
