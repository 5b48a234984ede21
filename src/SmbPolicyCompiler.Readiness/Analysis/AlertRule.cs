using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// The daily alert rule of the rollout guidance: a client with more than N events of "does not support signing"
/// (3021) or "sent no SPN" (3024) on one UTC day is worth a look before enforcing, whatever the gates say.
/// </summary>
internal static class AlertRule
{
    public static IReadOnlyList<AuditEventDefinition> Kinds => AuditEvents.DailyAlert;

    public static IReadOnlyList<ClientAlert> Find(ReadinessAggregator tallies, int threshold, ClientInventory? inventory)
    {
        var alerts = new List<ClientAlert>();
        foreach (var client in tallies.Clients)
        {
            foreach (var (day, tally) in client.Days)
            {
                if (tally.AlertEvents <= threshold)
                {
                    continue;
                }

                alerts.Add(new ClientAlert(client.Name.Value, DateOnly.FromDayNumber(day), tally.AlertEvents,
                    [.. tally.AlertServers.Select(s => tallies.Names[s].Value).Order(StringComparer.Ordinal)], tally.MoreAlertServers, inventory?.Find(client.Name)?.Owner));
            }
        }

        return [.. alerts.OrderBy(a => a.Day).ThenByDescending(a => a.Events).ThenBy(a => a.Client, StringComparer.Ordinal)];
    }
}
