using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Tallies;

/// <summary>The per-client tables against a plain dictionary model, on random days and servers in any order.</summary>
public sealed class TallyTableTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 40)]
    [InlineData(3, 400)]
    public void DayCountList_RandomDays_MatchesADictionaryInDayOrder(int seed, int distinctDays)
    {
        var random = new Random(seed);
        var list = default(DayCountList);
        var model = new SortedDictionary<int, int>();
        for (var i = 0; i < 5000; i++)
        {
            var day = 20000 + random.Next(distinctDays);
            var count = random.Next(3) == 0 ? int.MaxValue / 2 : random.Next(1, 4);
            list.Add(day, count);
            model[day] = (int)Math.Min(model.GetValueOrDefault(day) + (long)count, int.MaxValue);
        }

        Assert.Equal(model.Count, list.Count);
        Assert.Equal(model.ToList(), list.Pairs.ToList());
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(5, 9)]
    [InlineData(6, 700)]
    public void LinkTable_RandomServers_KeepsCountsTimesAndDaysPerServer(int seed, int distinctServers)
    {
        var random = new Random(seed);
        var table = new LinkTable();
        var counts = new Dictionary<(int Server, int Kind), long>();
        var times = new Dictionary<int, (long First, long Last)>();
        var days = new Dictionary<int, Dictionary<int, int>>();
        var order = new List<int>();
        for (var i = 0; i < 20000; i++)
        {
            var server = random.Next(distinctServers) - 1;
            var kind = random.Next(EventKinds.Count);
            var ticks = random.Next(5) == 0 ? Times.None : TimeSpan.TicksPerDay * (20000 + random.Next(30));
            table.Add(server, kind, 2, ticks, ticks);
            if (!times.ContainsKey(server))
            {
                order.Add(server);
                times[server] = (Times.None, Times.None);
                days[server] = [];
            }

            counts[(server, kind)] = counts.GetValueOrDefault((server, kind)) + 2;
            var (first, last) = times[server];
            Times.Widen(ref first, ref last, ticks);
            times[server] = (first, last);
            if (ticks != Times.None)
            {
                var day = ClientTally.DayNumber(ticks);
                days[server][day] = days[server].GetValueOrDefault(day) | (1 << kind);
            }
        }

        Assert.Equal(order, Enumerable.Range(0, table.Count).Select(table.Server));
        for (var slot = 0; slot < table.Count; slot++)
        {
            var server = table.Server(slot);
            Assert.Equal(Enumerable.Range(0, EventKinds.Count).Select(k => counts.GetValueOrDefault((server, k))), table.Kinds(slot).ToArray());
            Assert.Equal(times[server], (table.First(slot), table.Last(slot)));
            var cells = table.DayKinds(slot).ToArray().ToDictionary(LinkTable.DayOf, LinkTable.KindsOf);
            Assert.Equal(days[server].OrderBy(d => d.Key), cells.OrderBy(d => d.Key));
        }
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(8, 300)]
    public void DayKindCounts_RandomDaysAndKinds_MatchesADictionaryWithZeroCountsKept(int seed, int distinctDays)
    {
        var random = new Random(seed);
        var counts = new DayKindCounts();
        var model = new SortedDictionary<int, int>();
        for (var i = 0; i < 5000; i++)
        {
            var day = 20000 + random.Next(distinctDays);
            var kind = random.Next(EventKinds.Count);
            var count = random.Next(4) == 0 ? 0 : random.Next(1, 4);
            counts.Add(day, kind, count);
            var key = (day * EventKinds.Count) + kind;
            model[key] = (int)Math.Min(model.GetValueOrDefault(key) + (long)count, int.MaxValue);
        }

        Assert.Equal(model.ToList(), counts.Pairs.ToList());
    }

    [Theory]
    [InlineData(9, 2, 1)]
    [InlineData(10, 50, 4)]
    [InlineData(11, 400, 3)]
    public void AlertDays_RandomDaysAndRings_KeepsOneTallyPerDayAndRingInOrder(int seed, int distinctDays, int rings)
    {
        var random = new Random(seed);
        var names = new NameTable();
        var alerts = new AlertDays();
        var model = new SortedDictionary<(int Day, int Ring), int>();
        for (var i = 0; i < 5000; i++)
        {
            var (day, ring) = (20000 + random.Next(distinctDays), random.Next(rings));
            alerts.Get(day, ring).Add(1, LinkTable.NoServer, names);
            model[(day, ring)] = model.GetValueOrDefault((day, ring)) + 1;
        }

        Assert.Equal(model.Count, alerts.Count);
        Assert.Equal(model.ToList(), alerts.Pairs.Select(p => KeyValuePair.Create(p.Key, p.Value.Events)).ToList());
    }

    [Theory]
    [InlineData(12, 5)]
    [InlineData(13, 20000)]
    public void NameTable_EqualNamesAsNewAndReusedInstances_NumbersEachValueOnceInFirstSeenOrder(int seed, int distinctNames)
    {
        var random = new Random(seed);
        var table = new NameTable();
        var model = new Dictionary<NetworkName, int>();
        var instances = new NetworkName?[distinctNames];
        for (var i = 0; i < 60000; i++)
        {
            var value = random.Next(distinctNames);
            var kind = value % 3 == 0 ? NetworkNameKind.IPv4 : NetworkNameKind.Name;
            var name = random.Next(4) == 0 || instances[value] is null ? new NetworkName($"host{value}", kind) : instances[value]!;
            instances[value] = name;
            var expected = model.TryGetValue(name, out var known) ? known : model[name] = model.Count;
            Assert.Equal(expected, table.IdOf(name));
        }

        Assert.Equal(model.Count, table.Count);
        Assert.All(model, pair => Assert.Equal(pair.Key, table[pair.Value]));
    }
}
