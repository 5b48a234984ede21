using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>Turns the client tallies into the report's client list, joined with the policy and the inventory.</summary>
internal static class ClientSummaries
{
    public static IReadOnlyList<ClientSummary> Build(ReadinessAggregator tallies, HostResolver resolver, ClientInventory? inventory, SortedPeople people) =>
    [
        .. tallies.Clients.OrderBy(c => c.Name).Select(c =>
        {
            var host = resolver.ById(c.Id);
            return new ClientSummary(
                c.Name.Value,
                host?.Host.Name,
                host?.Ring,
                inventory?.Find(c.Name),
                Times.ToUtc(c.FirstTicks),
                Times.ToUtc(c.LastTicks),
                c.Events,
                Kinds(c.ByKind),
                [.. c.Days.OrderBy(d => d.Key).Select(d => new DayCount(DateOnly.FromDayNumber(d.Key), d.Value))],
                [.. Enumerable.Range(0, c.Links.Count)
                    .Select(slot => new PeerCount(Names.Of(tallies.Names, c.Links.Server(slot)), c.Links.Total(slot)))
                    .OrderBy(p => p.Name, StringComparer.Ordinal)],
                people.Users(c),
                c.Users.Overflowed,
                people.Spns(c),
                c.Spns.Overflowed);
        }),
    ];

    /// <summary>The event ids counted, in kind order; a plain loop, as it runs for every client, computer, blocking client and ring day.</summary>
    public static IReadOnlyList<KindCount> Kinds(long[] byKind)
    {
        var kinds = new KindCount[byKind.Count(count => count > 0)];
        var next = 0;
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (byKind[kind] > 0)
            {
                kinds[next++] = new KindCount(EventKinds.At(kind).Id, byKind[kind]);
            }
        }

        return kinds;
    }
}
