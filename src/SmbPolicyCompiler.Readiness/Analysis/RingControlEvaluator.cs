using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Judges one control in one ring from the tallies: which events count for the ring (by the ring host at the end
/// of each client–server pair the control is enforced on), who is seen, who would break, who is held back.
/// </summary>
internal sealed class RingControlEvaluator(ReadinessAggregator tallies, HostResolver resolver, ClientInventory? inventory, DateOnly asOf)
{
    public ControlReadiness Evaluate(ResolvedRing ring, RingControl ringControl, ControlScope scope, IReadOnlyList<ResolvedHost> policyHosts)
    {
        var key = scope.Control.Key;
        var ringHosts = policyHosts.Where(h => scope.Includes(h, ring.Name)).ToList();
        var held = ringHosts.Where(h => h.Control(key)?.HeldBack == true).ToDictionary(h => h.Key, h => new HeldTally(h, key), StringComparer.Ordinal);
        var tally = new Tally();
        foreach (var client in tallies.Clients.Values)
        {
            var clientHost = resolver.Resolve(client.Name);
            var ringClient = clientHost is not null && scope.Includes(clientHost, ring.Name) ? clientHost : null;
            if (scope.Direction != EvidenceDirection.RingServersNameClients && ringClient is null)
            {
                continue;
            }

            foreach (var (server, link) in client.Links)
            {
                var ringHost = scope.Direction == EvidenceDirection.RingServersNameClients ? RingServer(server, ring.Name, scope) : ringClient;
                if (ringHost is null)
                {
                    continue;
                }

                var evidence = EvidenceCount(link, scope.Evidence);
                if (held.TryGetValue(ringHost.Key, out var hold))
                {
                    hold.Add(client.Name, evidence);
                    continue;
                }

                tally.Add(client, clientHost, ringHost, server, link, scope, evidence);
            }
        }

        AddLoggers(tally, ring.Name, scope, held);
        var gate = new GateSummary(ringControl.Gate.MinAuditDays, ringControl.Gate.ReadinessPercent, ringControl.Gate.MaxIncompatibleClients);
        var auditSince = ringControl.Timeline?.Entries
            .Where(e => scope.Control.Stage(e.Stage).Kind != StageKind.Initial)
            .Select(e => (DateOnly?)e.Since)
            .Min();
        var counted = ringHosts.Count - held.Count;
        var (seen, inventoryAdded, denominator) = Denominator(tally, scope, counted);
        var blocking = tally.Blocking.Values.Select(b => b.Build(inventory, scope.LowConfidence))
            .OrderBy(b => b.Client, StringComparer.Ordinal)
            .ToList();
        var facts = new VerdictFacts(
            scope, ring.Name, gate, auditSince, auditSince is { } since ? asOf.DayNumber - since.DayNumber : null, counted,
            tally.HostsWithEvents.Count, denominator, blocking);
        var (verdict, reasons, summary) = VerdictRules.Decide(facts);
        return new ControlReadiness
        {
            Ring = ring.Name,
            Control = key,
            Title = scope.Control.Title,
            Stage = ringControl.Stage.Name,
            StageKind = ringControl.Stage.Kind,
            Direction = scope.Direction,
            Gate = gate,
            AuditSince = auditSince,
            AuditDays = facts.AuditDays,
            EvidenceEventIds = scope.EvidenceIds,
            RingHosts = counted,
            RingHostsWithEvents = tally.HostsWithEvents.Count,
            Events = tally.Events,
            ClientsSeen = seen,
            InventoryClientsAdded = inventoryAdded,
            Denominator = denominator,
            PercentReady = facts.PercentReady,
            FirstEvent = Times.ToUtc(tally.First),
            LastEvent = Times.ToUtc(tally.Last),
            DaysWithEvents = tally.Days.Count,
            Blocking = blocking,
            HeldBack = [.. held.Values.Select(h => h.Build()).OrderBy(h => h.Host, StringComparer.Ordinal)],
            LowConfidenceOnly = blocking.Count > 0 && blocking.All(b => b.LowConfidenceOnly),
            Verdict = verdict,
            Reasons = reasons,
            Summary = summary,
        };
    }

    private ResolvedHost? RingServer(NetworkName server, string ring, ControlScope scope) =>
        server.Value.Length > 0 && resolver.Resolve(server) is { } host && scope.Includes(host, ring) ? host : null;

    private static long EvidenceCount(LinkTally link, bool[] evidence)
    {
        long count = 0;
        foreach (var stat in link.Stats)
        {
            count += evidence[stat.Kind] ? stat.Count : 0;
        }

        return count;
    }

    /// <summary>Ring hosts that logged events on the enforced side count as reporting even when no event named a peer; their days count.</summary>
    private void AddLoggers(Tally tally, string ring, ControlScope scope, Dictionary<string, HeldTally> held)
    {
        var loggedSide = scope.Direction == EvidenceDirection.RingClientsNameServers ? AuditSide.Client : AuditSide.Server;
        foreach (var computer in tallies.Computers.Values)
        {
            var host = resolver.Resolve(computer.Name);
            var ringLogger = scope.Direction != EvidenceDirection.ServersNameRingClients && host is not null && scope.Includes(host, ring) && !held.ContainsKey(host.Key);
            if (!ringLogger && !tally.NamingServers.Contains(computer.Name))
            {
                continue;
            }

            var loggedOnSide = false;
            for (var kind = 0; kind < EventKinds.Count; kind++)
            {
                loggedOnSide |= computer.ByKind[kind] > 0 && EventKinds.LoggedBy(EventKinds.At(kind)) == loggedSide;
            }

            if (!loggedOnSide)
            {
                continue;
            }

            if (ringLogger)
            {
                tally.HostsWithEvents.Add(host!.Key);
            }

            foreach (var (dayKind, _) in computer.DayKinds)
            {
                if (EventKinds.LoggedBy(EventKinds.At(dayKind % EventKinds.Count)) == loggedSide)
                {
                    tally.Days.Add(dayKind / EventKinds.Count);
                }
            }
        }
    }

    private (int Seen, int InventoryAdded, int Denominator) Denominator(Tally tally, ControlScope scope, int ringHosts)
    {
        if (scope.Direction != EvidenceDirection.RingServersNameClients)
        {
            return (tally.Seen.Count, 0, ringHosts);
        }

        if (inventory is null)
        {
            return (tally.Seen.Count, 0, tally.Seen.Count);
        }

        var matched = new HashSet<InventoryClient>(ReferenceEqualityComparer.Instance);
        foreach (var client in tally.SeenNames)
        {
            if (inventory.Find(client) is { } entry)
            {
                matched.Add(entry);
            }
        }

        var added = inventory.Clients.Count - matched.Count;
        return (tally.Seen.Count, added, tally.Seen.Count + added);
    }

    private sealed class Tally
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public List<NetworkName> SeenNames { get; } = [];

        public HashSet<string> HostsWithEvents { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Days { get; } = [];

        /// <summary>Servers whose events named the ring's clients (for controls enforced on clients but logged by servers).</summary>
        public HashSet<NetworkName> NamingServers { get; } = [];

        public Dictionary<string, BlockingBuilder> Blocking { get; } = new(StringComparer.Ordinal);

        public long Events { get; private set; }

        public long First = Times.None;

        public long Last = Times.None;

        public void Add(ClientTally client, ResolvedHost? clientHost, ResolvedHost ringHost, NetworkName server, LinkTally link, ControlScope scope, long evidence)
        {
            HostsWithEvents.Add(ringHost.Key);
            if (scope.Direction == EvidenceDirection.ServersNameRingClients)
            {
                NamingServers.Add(server);
            }

            var identity = scope.Direction == EvidenceDirection.RingServersNameClients ? client.Name.Value : ringHost.Key;
            if (Seen.Add(identity))
            {
                SeenNames.Add(client.Name);
            }

            foreach (var stat in link.Stats)
            {
                Events += stat.Count;
                Times.Widen(ref First, ref Last, stat.FirstTicks);
                Times.Widen(ref First, ref Last, stat.LastTicks);
            }

            if (evidence == 0)
            {
                return;
            }

            if (!Blocking.TryGetValue(identity, out var builder))
            {
                builder = new BlockingBuilder(client, clientHost?.Name);
                Blocking.Add(identity, builder);
            }

            builder.Add(server, link, scope.Evidence);
        }
    }

    private sealed class HeldTally(ResolvedHost host, string control)
    {
        private readonly SortedSet<string> _clients = new(StringComparer.Ordinal);
        private long _evidence;

        public void Add(NetworkName client, long evidence)
        {
            if (evidence > 0)
            {
                _clients.Add(client.Value);
                _evidence += evidence;
            }
        }

        public HeldBackHost Build()
        {
            var effective = host.Control(control)!;
            return new HeldBackHost(host.Name, effective.ExceptionId!, effective.Stage.Name, [.. _clients], _evidence);
        }
    }
}
