using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Which ring each name's host is in as a server and as a client (an index, -1 for none), worked out once for all
/// controls, and how many client–server pairs each ring gets on each side (the work of judging a control there).
/// </summary>
internal sealed class PairRoutes
{
    private const int None = -1;
    private readonly Dictionary<string, int> _rings = new(StringComparer.OrdinalIgnoreCase);
    private readonly HostInfo?[] _hosts;
    private readonly int[] _serverRing;
    private readonly int[] _clientRing;
    private readonly long[] _serverPairs;
    private readonly long[] _clientPairs;

    private PairRoutes(IEnumerable<RingControlAccumulator> controls, HostResolver resolver, int names)
    {
        foreach (var control in controls)
        {
            _rings.TryAdd(control.Ring, _rings.Count);
        }

        _hosts = new HostInfo?[names];
        _serverRing = new int[names];
        _clientRing = new int[names];
        for (var id = 0; id < names; id++)
        {
            var host = _hosts[id] = resolver.ById(id);
            _serverRing[id] = host is { IsServer: true } ? RingIndex(host.Ring) : None;
            _clientRing[id] = host is { IsClient: true } ? RingIndex(host.Ring) : None;
        }

        _serverPairs = new long[_rings.Count];
        _clientPairs = new long[_rings.Count];
    }

    public static PairRoutes Build(IReadOnlyList<RingControlAccumulator> controls, ClientTally[] clients, HostResolver resolver, int names)
    {
        var routes = new PairRoutes(controls, resolver, names);
        foreach (var client in clients)
        {
            var clientRing = routes.ClientRing(client.Id);
            if (clientRing != None)
            {
                routes._clientPairs[clientRing] += client.Links.Count;
            }

            for (var slot = 0; slot < client.Links.Count; slot++)
            {
                if (routes.ServerRing(client.Links.Server(slot)) is var serverRing and not None)
                {
                    routes._serverPairs[serverRing]++;
                }
            }
        }

        return routes;
    }

    public HostInfo? Host(int id) => id >= 0 && id < _hosts.Length ? _hosts[id] : null;

    public int ServerRing(int id) => id >= 0 && id < _serverRing.Length ? _serverRing[id] : None;

    public int ClientRing(int id) => id >= 0 && id < _clientRing.Length ? _clientRing[id] : None;

    public int RingOf(RingControlAccumulator control) => _rings[control.Ring];

    /// <summary>How many pairs a control is handed.</summary>
    public long Weight(RingControlAccumulator control) =>
        (control.Scope.EnforcedOn == Side.Server ? _serverPairs : _clientPairs)[RingOf(control)];

    private int RingIndex(string? ring) => ring is not null && _rings.TryGetValue(ring, out var index) ? index : None;
}
