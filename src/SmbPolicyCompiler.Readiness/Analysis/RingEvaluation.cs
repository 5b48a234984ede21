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
    /// <param name="workers">How many threads judge the controls (each takes the next control; the report is the same for any number).</param>
    /// <param name="order">The order the controls are taken in (<see cref="VerdictWork.HeaviestFirst"/> unless a test asks otherwise).</param>
    public static IReadOnlyList<RingReadiness> Evaluate(
        IReadOnlyList<ResolvedRing> rings, ReadinessAggregator tallies, HostResolver resolver, ClientInventory? inventory, SortedPeople people, DateOnly asOf, int workers,
        Func<IReadOnlyList<long>, int[]>? order = null)
    {
        var scopes = ControlCatalogue.All.Select(ControlScope.For).OfType<ControlScope>().ToDictionary(s => s.Control.Key, StringComparer.Ordinal);
        var hosts = resolver.Hosts.ToList();
        var perRing = rings.ToDictionary(
            r => r,
            r => r.Controls.Where(c => c.Stage.Kind != StageKind.Initial && scopes.ContainsKey(c.Control.Key))
                .Select(c => new RingControlAccumulator(r, c, scopes[c.Control.Key], hosts))
                .ToList());
        var all = perRing.Values.SelectMany(a => a).ToList();
        // In name order, so that which of a host's names a blocking entry shows does not depend on the order events came in.
        var ranks = tallies.Names.OrdinalRanks();
        ClientTally[] clients = [.. tallies.Clients.OrderBy(c => ranks[c.Id])];
        ComputerTally[] computers = [.. tallies.Computers];
        resolver.ResolveAll();
        var routes = PairRoutes.Build(all, clients, resolver, tallies.Names.Count);
        var results = VerdictWork.Run(
            [.. all.Select(routes.Weight)], workers, order ?? VerdictWork.HeaviestFirst,
            index => Judge(all[index], routes, clients, computers, inventory, people, asOf, tallies.Names, ranks));
        var built = new Dictionary<RingControlAccumulator, ControlReadiness>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < all.Count; index++)
        {
            built[all[index]] = results[index];
        }

        return
        [
            .. rings.Select(ring => new RingReadiness(
                ring.Name,
                ring.Order,
                hosts.Count(h => h.Ring == ring.Name),
                tallies.Computers.Count(c => resolver.ById(c.Id)?.Ring == ring.Name),
                [.. perRing[ring].Select(a => built[a])],
                RingDays.Build(tallies, resolver, ring.Name))),
        ];
    }

    /// <summary>
    /// Hands one control the client–server pairs whose ring host is in its ring and every logging computer, in the
    /// same order whichever thread runs it, and builds its verdict. Reads the tallies and the routes only.
    /// </summary>
    private static ControlReadiness Judge(
        RingControlAccumulator control, PairRoutes routes, ClientTally[] clients, ComputerTally[] computers,
        ClientInventory? inventory, SortedPeople people, DateOnly asOf, NameTable names, int[] ranks)
    {
        var ring = routes.RingOf(control);
        if (control.Scope.EnforcedOn == Side.Server)
        {
            foreach (var client in clients)
            {
                var clientHost = routes.Host(client.Id);
                for (var slot = 0; slot < client.Links.Count; slot++)
                {
                    var server = client.Links.Server(slot);
                    if (routes.ServerRing(server) == ring)
                    {
                        control.Add(client, clientHost, routes.Host(server)!, server, slot);
                    }
                }
            }
        }
        else
        {
            foreach (var client in clients)
            {
                if (routes.ClientRing(client.Id) != ring)
                {
                    continue;
                }

                var clientHost = routes.Host(client.Id)!;
                for (var slot = 0; slot < client.Links.Count; slot++)
                {
                    control.Add(client, clientHost, clientHost, client.Links.Server(slot), slot);
                }
            }
        }

        foreach (var computer in computers)
        {
            control.AddLogger(computer, routes.Host(computer.Id));
        }

        return control.Build(inventory, people, asOf, names, ranks);
    }
}
