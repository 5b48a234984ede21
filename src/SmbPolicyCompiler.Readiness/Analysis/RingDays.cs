using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>The events a ring's computers logged, per UTC day and event id (for the chart and the JSON).</summary>
internal static class RingDays
{
    public static IReadOnlyList<DayEvents> Build(ReadinessAggregator tallies, HostResolver resolver, string ring)
    {
        var counts = new SortedDictionary<int, long[]>();
        foreach (var computer in tallies.Computers)
        {
            if (resolver.ById(computer.Id)?.Ring != ring)
            {
                continue;
            }

            foreach (var (dayKind, count) in computer.DayKinds)
            {
                var day = dayKind / EventKinds.Count;
                if (!counts.TryGetValue(day, out var byKind))
                {
                    counts[day] = byKind = new long[EventKinds.Count];
                }

                byKind[dayKind % EventKinds.Count] += count;
            }
        }

        return [.. counts.Select(c => new DayEvents(DateOnly.FromDayNumber(c.Key), ClientSummaries.Kinds(c.Value)))];
    }
}
