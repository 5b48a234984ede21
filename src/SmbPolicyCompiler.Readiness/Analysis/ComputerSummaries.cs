using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>The computers that logged events, matched to policy hosts with their ring, group and exceptions.</summary>
internal static class ComputerSummaries
{
    public static IReadOnlyList<ComputerSummary> Build(ReadinessAggregator tallies, HostResolver resolver, ResolvedPolicy policy)
    {
        var peers = PeersByLogger(tallies);
        return
        [
            .. tallies.Computers.OrderBy(c => c.Name).Select(c =>
            {
                var host = resolver.ById(c.Id)?.Host;
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
                    peers.GetValueOrDefault(c.Id),
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

    /// <summary>Distinct peers per logging computer (by name id): servers log their clients, clients log their servers.</summary>
    private static Dictionary<int, int> PeersByLogger(ReadinessAggregator tallies)
    {
        var peers = new Dictionary<int, int>();
        foreach (var client in tallies.Clients)
        {
            for (var slot = 0; slot < client.Links.Count; slot++)
            {
                var server = client.Links.Server(slot);
                if (server == LinkTable.NoServer)
                {
                    continue;
                }

                var kinds = client.Links.Kinds(slot);
                var byServer = false;
                var byClient = false;
                for (var kind = 0; kind < kinds.Length; kind++)
                {
                    byServer |= kinds[kind] > 0 && EventKinds.IsServerLogged(kind);
                    byClient |= kinds[kind] > 0 && !EventKinds.IsServerLogged(kind);
                }

                if (byServer)
                {
                    peers[server] = peers.GetValueOrDefault(server) + 1;
                }

                if (byClient)
                {
                    peers[client.Id] = peers.GetValueOrDefault(client.Id) + 1;
                }
            }
        }

        return peers;
    }
}
