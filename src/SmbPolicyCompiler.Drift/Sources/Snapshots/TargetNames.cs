using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Drift.Evaluation;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>Finds the target a snapshot belongs to: by DNS name, then by name (NetBIOS names are cut at 15 characters).</summary>
internal sealed class TargetNames
{
    private readonly Dictionary<string, string> _byDnsName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    public TargetNames(IReadOnlyList<DriftTarget> targets)
    {
        foreach (var target in targets)
        {
            if (target.Host?.DnsName is { } dns)
            {
                _byDnsName.TryAdd(dns, target.Name);
            }

            _byKey.TryAdd(HostNames.Key(target.Name), target.Name);
        }
    }

    public bool IsTarget(string name) => _byKey.TryGetValue(HostNames.Key(name), out var target) && string.Equals(target, name, StringComparison.OrdinalIgnoreCase);

    public string Match(string hostName, string? dnsName) =>
        (dnsName is null ? null : _byDnsName.GetValueOrDefault(dnsName))
        ?? _byKey.GetValueOrDefault(HostNames.Key(hostName))
        ?? (dnsName is null ? null : _byKey.GetValueOrDefault(HostNames.Key(dnsName)))
        ?? hostName;
}
