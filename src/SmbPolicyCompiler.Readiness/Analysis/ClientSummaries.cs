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

    public static IReadOnlyList<KindCount> Kinds(long[] byKind) =>
        [.. Enumerable.Range(0, byKind.Length).Where(i => byKind[i] > 0).Select(i => new KindCount(EventKinds.At(i).Id, byKind[i]))];
}
