using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Matches the names events carry to policy hosts: names by short name or FQDN (ResolvedPolicy.Host), addresses by
/// the IPv4Address of the policy's computer inventory when it has one. Results are cached per name id; the table may
/// grow while the resolver is in use (the daily alert rule resolves servers as events arrive).
/// </summary>
internal sealed class HostResolver
{
    private readonly ResolvedPolicy _policy;
    private readonly NameTable _names;
    private readonly Dictionary<ResolvedHost, HostInfo> _infos = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ResolvedHost> _byAddress = new(StringComparer.Ordinal);
    private HostInfo?[] _byId;
    private bool[] _resolved;

    public HostResolver(ResolvedPolicy policy, NameTable names)
    {
        _policy = policy;
        _names = names;
        _byId = new HostInfo?[names.Count];
        _resolved = new bool[names.Count];
        foreach (var host in policy.Hosts)
        {
            _infos[host] = new HostInfo(host);
            if (NetworkName.Parse(host.Inventory?.IPv4Address) is { IsAddress: true } address)
            {
                _byAddress.TryAdd(address.Value, host);
            }
        }
    }

    public IEnumerable<HostInfo> Hosts => _policy.Hosts.Select(h => _infos[h]);

    /// <summary>The host a name id stands for (null for <see cref="LinkTable.NoServer"/> and names the policy does not know).</summary>
    public HostInfo? ById(int id)
    {
        if (id < 0)
        {
            return null;
        }

        if (id >= _resolved.Length)
        {
            var size = Math.Max(_names.Count, _resolved.Length * 2);
            Array.Resize(ref _byId, size);
            Array.Resize(ref _resolved, size);
        }

        if (!_resolved[id])
        {
            _byId[id] = Resolve(_names[id]);
            _resolved[id] = true;
        }

        return _byId[id];
    }

    /// <summary>Resolves every name in the table now, so that <see cref="ById"/> only reads and may be called from several threads until a name is added.</summary>
    public void ResolveAll()
    {
        for (var id = _names.Count - 1; id >= 0; id--)
        {
            ById(id);
        }
    }

    public HostInfo? Resolve(NetworkName name)
    {
        var host = name.Value.Length == 0 ? null
            : name.IsAddress ? _byAddress.GetValueOrDefault(name.Value)
            : _policy.Host(name.Value);
        return host is null ? null : _infos[host];
    }
}
