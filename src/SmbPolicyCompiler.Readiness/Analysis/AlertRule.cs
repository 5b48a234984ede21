using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// The daily alert rule of the rollout guidance: a client with more than N events of "does not support signing"
/// (3021) or "sent no SPN" (3024) on one UTC day is worth a look before enforcing, whatever the gates say. Counted per
/// ring of the servers that logged them, each against its ring's N (<see cref="AlertRings"/>), as the SIEM daily alerts.
/// </summary>
internal static class AlertRule
{
    public static IReadOnlyList<AuditEventDefinition> Kinds => AuditEvents.DailyAlert;

    public static IReadOnlyList<ClientAlert> Find(ReadinessAggregator tallies, AlertRings rings, ClientInventory? inventory, string? ringFilter)
    {
        var alerts = new List<ClientAlert>();
        foreach (var client in tallies.Clients)
        {
            foreach (var ((day, ring), tally) in client.Alerts)
            {
                var threshold = rings.ThresholdOf(ring);
                var name = rings.NameOf(ring);
                if (tally.Events <= threshold || (ringFilter is not null && !string.Equals(name, ringFilter, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                alerts.Add(new ClientAlert(client.Name.Value, DateOnly.FromDayNumber(day), name, threshold, tally.Events,
                    SortedNames(tally.Servers, tallies.Names), tally.MoreServers, inventory?.Find(client.Name)?.Owner));
            }
        }

        return [.. alerts.OrderBy(a => a.Day).ThenByDescending(a => a.Events).ThenBy(a => a.Client, StringComparer.Ordinal).ThenBy(a => a.Ring, StringComparer.Ordinal)];
    }

    /// <summary>The servers' names in ordinal order, as one array: a run has tens of thousands of alerts.</summary>
    private static string[] SortedNames(IReadOnlyList<int> servers, NameTable names)
    {
        var sorted = new string[servers.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = names[servers[i]].Value;
        }

        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}
