using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Matches the names events carry to policy hosts: names by short name or FQDN (ResolvedPolicy.Host), addresses by
/// the IPv4Address of the policy's computer inventory when it has one. Results are cached per name.
/// </summary>
internal sealed class HostResolver
{
    private readonly ResolvedPolicy _policy;
    private readonly Dictionary<string, ResolvedHost> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<NetworkName, ResolvedHost?> _cache = [];

    public HostResolver(ResolvedPolicy policy)
    {
        _policy = policy;
        foreach (var host in policy.Hosts)
        {
            if (NetworkName.Parse(host.Inventory?.IPv4Address) is { IsAddress: true } address)
            {
                _byAddress.TryAdd(address.Value, host);
            }
        }
    }

    public ResolvedHost? Resolve(NetworkName name)
    {
        if (_cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var host = name.Value.Length == 0 ? null
            : name.IsAddress ? _byAddress.GetValueOrDefault(name.Value)
            : _policy.Host(name.Value);
        _cache[name] = host;
        return host;
    }
}
