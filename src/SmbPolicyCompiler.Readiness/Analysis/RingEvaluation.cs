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
    /// <param name="workers">How many threads judge the controls (each takes a share of the controls; the report is the same for any number).</param>
    public static IReadOnlyList<RingReadiness> Evaluate(
        IReadOnlyList<ResolvedRing> rings, ReadinessAggregator tallies, HostResolver resolver, ClientInventory? inventory, DateOnly asOf, int workers)
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
        var built = new Dictionary<RingControlAccumulator, ControlReadiness>(ReferenceEqualityComparer.Instance);
        var shareCount = Math.Clamp(workers, 1, Math.Max(1, all.Count));
        var shares = Enumerable.Range(0, shareCount)
            .Select(share => all.Where((_, index) => index % shareCount == share).ToList())
            .ToList();
        var results = new ControlReadiness[shares.Count][];
        Parallel.For(0, shares.Count, new ParallelOptions { MaxDegreeOfParallelism = shares.Count }, share =>
            results[share] = Judge(shares[share], clients, computers, resolver, inventory, asOf, tallies.Names, ranks));
        for (var share = 0; share < shares.Count; share++)
        {
            for (var index = 0; index < shares[share].Count; index++)
            {
                built[shares[share][index]] = results[share][index];
            }
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
    /// Hands some of the controls every client–server pair and logging computer, in the same order whichever share a
    /// control is in, and builds their verdicts. Reads the tallies and the resolver only (every name resolved before).
    /// </summary>
    private static ControlReadiness[] Judge(
        List<RingControlAccumulator> controls, ClientTally[] clients, ComputerTally[] computers, HostResolver resolver,
        ClientInventory? inventory, DateOnly asOf, NameTable names, int[] ranks)
    {
        var enforcedOnServers = ByRing(controls.Where(a => a.Scope.EnforcedOn == Side.Server));
        var enforcedOnClients = ByRing(controls.Where(a => a.Scope.EnforcedOn == Side.Client));
        foreach (var client in clients)
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

        foreach (var computer in computers)
        {
            var host = resolver.ById(computer.Id);
            foreach (var control in controls)
            {
                control.AddLogger(computer, host);
            }
        }

        return [.. controls.Select(a => a.Build(inventory, asOf, names, ranks))];
    }

    private static Dictionary<string, List<RingControlAccumulator>> ByRing(IEnumerable<RingControlAccumulator> controls) =>
        controls.GroupBy(c => c.Ring, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
}
