using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>The computers that logged events, matched to policy hosts with their ring, group and exceptions.</summary>
internal static class ComputerSummaries
{
    public static IReadOnlyList<ComputerSummary> Build(ReadinessAggregator tallies, HostResolver resolver, ResolvedPolicy policy)
    {
        var peers = PeersByLogger(tallies.Clients.Values);
        return
        [
            .. tallies.Computers.Values.OrderBy(c => c.Name).Select(c =>
            {
                var host = resolver.Resolve(c.Name);
                return new ComputerSummary(
                    c.Name.Value,
                    host is not null,
                    host?.Name,
                    host?.Ring,
                    host?.Group,
                    host?.Role.Text(),
                    host is null ? [] : Exceptions(policy, host),
                    c.Events,
                    ClientSummaries.Kinds(c.ByKind),
                    peers.GetValueOrDefault(c.Name),
                    c.EventsWithoutPeer,
                    Times.ToUtc(c.FirstTicks),
                    Times.ToUtc(c.LastTicks));
            }),
        ];
    }

    public static IReadOnlyList<HostException> Exceptions(ResolvedPolicy policy, ResolvedHost host) =>
    [
        .. policy.Exceptions
            .Where(e => e.HostKeys.Contains(host.Key, StringComparer.Ordinal))
            .Select(e => new HostException(e.Id, e.Definition.Control.Value, e.Definition.Stage.Value, e.Definition.Expires.Value, e.Active))
            .OrderBy(e => e.Id, StringComparer.Ordinal),
    ];

    /// <summary>Distinct peers per logging computer: servers log their clients, clients log their servers.</summary>
    private static Dictionary<NetworkName, int> PeersByLogger(IEnumerable<ClientTally> clients)
    {
        var peers = new Dictionary<NetworkName, int>();
        foreach (var client in clients)
        {
            foreach (var (server, link) in client.Links)
            {
                var byServer = false;
                var byClient = false;
                foreach (var stat in link.Stats)
                {
                    var side = EventKinds.LoggedBy(EventKinds.At(stat.Kind));
                    byServer |= side == AuditSide.Server;
                    byClient |= side == AuditSide.Client;
                }

                if (byServer && server.Value.Length > 0)
                {
                    peers[server] = peers.GetValueOrDefault(server) + 1;
                }

                if (byClient && server.Value.Length > 0)
                {
                    peers[client.Name] = peers.GetValueOrDefault(client.Name) + 1;
                }
            }
        }

        return peers;
    }
}
