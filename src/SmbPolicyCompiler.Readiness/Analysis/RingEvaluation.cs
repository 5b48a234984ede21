using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Judges every ring's controls at audit or beyond in one pass over the client–server pairs: each pair goes to the
/// controls of the ring its server is in (controls enforced on servers) and of the ring its client is in (controls
/// enforced on clients).
/// </summary>
internal static class RingEvaluation
{
    public static IReadOnlyList<RingReadiness> Evaluate(
        IReadOnlyList<ResolvedRing> rings, ReadinessAggregator tallies, HostResolver resolver, ClientInventory? inventory, DateOnly asOf)
    {
        var scopes = ControlCatalogue.All.Select(ControlScope.For).OfType<ControlScope>().ToDictionary(s => s.Control.Key, StringComparer.Ordinal);
        var hosts = resolver.Hosts.ToList();
        var perRing = rings.ToDictionary(
            r => r,
            r => r.Controls.Where(c => c.Stage.Kind != StageKind.Initial && scopes.ContainsKey(c.Control.Key))
                .Select(c => new RingControlAccumulator(r, c, scopes[c.Control.Key], hosts))
                .ToList());
        var all = perRing.Values.SelectMany(a => a).ToList();
        var enforcedOnServers = ByRing(all.Where(a => a.Scope.EnforcedOn == Side.Server));
        var enforcedOnClients = ByRing(all.Where(a => a.Scope.EnforcedOn == Side.Client));
        // In name order, so that which of a host's names a blocking entry shows does not depend on the order events came in.
        var ranks = tallies.Names.OrdinalRanks();
        foreach (var client in tallies.Clients.OrderBy(c => ranks[c.Id]))
        {
            var clientHost = resolver.ById(client.Id);
            var clientControls = clientHost is { IsClient: true, Ring: { } clientRing } ? enforcedOnClients.GetValueOrDefault(clientRing) : null;
            for (var slot = 0; slot < client.Links.Count; slot++)
            {
                var server = client.Links.Server(slot);
                if (resolver.ById(server) is { IsServer: true, Ring: { } serverRing } serverHost &&
                    enforcedOnServers.TryGetValue(serverRing, out var serverControls))
                {
                    foreach (var control in serverControls)
                    {
                        control.Add(client, clientHost, serverHost, server, slot);
                    }
                }

                foreach (var control in clientControls ?? [])
                {
                    control.Add(client, clientHost, clientHost!, server, slot);
                }
            }
        }

        foreach (var computer in tallies.Computers)
        {
            var host = resolver.ById(computer.Id);
            foreach (var control in all)
            {
                control.AddLogger(computer, host);
            }
        }

        return
        [
            .. rings.Select(ring => new RingReadiness(
                ring.Name,
                ring.Order,
                hosts.Count(h => h.Ring == ring.Name),
                tallies.Computers.Count(c => resolver.ById(c.Id)?.Ring == ring.Name),
                [.. perRing[ring].Select(a => a.Build(inventory, asOf, tallies.Names, ranks))],
                RingDays.Build(tallies, resolver, ring.Name))),
        ];
    }

    private static Dictionary<string, List<RingControlAccumulator>> ByRing(IEnumerable<RingControlAccumulator> controls) =>
        controls.GroupBy(c => c.Ring, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
}
