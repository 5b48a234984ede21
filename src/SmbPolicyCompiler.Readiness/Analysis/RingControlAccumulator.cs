using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Judges one control in one ring. <see cref="RingEvaluation"/> hands it every client–server pair whose ring host
/// (the end the control is enforced on) is in the ring; it counts who is seen, who would break and who is held back.
/// </summary>
internal sealed class RingControlAccumulator
{
    private readonly ResolvedRing _ring;
    private readonly RingControl _ringControl;
    private readonly int _countedHosts;
    private readonly Dictionary<HostInfo, HeldTally> _held;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<NetworkName> _seenNames = [];
    private readonly HashSet<HostInfo> _hostsWithEvents = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> _days = [];
    private readonly HashSet<int> _namingServers = [];
    private readonly Dictionary<string, BlockingBuilder> _blocking = new(StringComparer.Ordinal);
    private ClientTally? _lastClient;
    private BlockingBuilder? _lastBuilder;
    private long _events;
    private long _first = Times.None;
    private long _last = Times.None;

    public RingControlAccumulator(ResolvedRing ring, RingControl ringControl, ControlScope scope, IEnumerable<HostInfo> hosts)
    {
        _ring = ring;
        _ringControl = ringControl;
        Scope = scope;
        var ringHosts = hosts.Where(h => scope.Includes(h, ring.Name)).ToList();
        _held = ringHosts.Where(h => h.Host.Control(scope.Control.Key)?.HeldBack == true)
            .ToDictionary(h => h, h => new HeldTally(h.Host, scope.Control.Key));
        _countedHosts = ringHosts.Count - _held.Count;
    }

    public ControlScope Scope { get; }

    public string Ring => _ring.Name;

    /// <summary>One client–server pair whose ring host is in this ring.</summary>
    public void Add(ClientTally client, HostInfo? clientHost, HostInfo ringHost, int server, int slot)
    {
        var links = client.Links;
        long evidence = 0;
        var kinds = links.Kinds(slot);
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            evidence += Scope.Evidence[kind] ? kinds[kind] : 0;
        }

        if (_held.TryGetValue(ringHost, out var hold))
        {
            hold.Add(client.Name, evidence);
            return;
        }

        _hostsWithEvents.Add(ringHost);
        if (Scope.Direction == EvidenceDirection.ServersNameRingClients)
        {
            _namingServers.Add(server);
        }

        // A client's pairs arrive one after another: look its identity up once, not once per server.
        var identity = Scope.Direction == EvidenceDirection.RingServersNameClients ? client.Name.Value : ringHost.Key;
        if (!ReferenceEquals(client, _lastClient))
        {
            _lastClient = client;
            _lastBuilder = _blocking.GetValueOrDefault(identity);
            if (_seen.Add(identity))
            {
                _seenNames.Add(client.Name);
            }
        }

        _events += links.Total(slot);
        Times.Widen(ref _first, ref _last, links.First(slot));
        Times.Widen(ref _first, ref _last, links.Last(slot));
        if (evidence == 0)
        {
            return;
        }

        if (_lastBuilder is null)
        {
            _blocking[identity] = _lastBuilder = new BlockingBuilder(client, clientHost?.Host.Name);
        }

        _lastBuilder.Add(client, server, slot, Scope.Evidence);
    }

    /// <summary>
    /// A computer that logged events: a ring host on the enforced side counts as reporting even when no event named a
    /// peer, and the days of the computers that log this control's evidence for the ring count as days with events.
    /// </summary>
    public void AddLogger(ComputerTally computer, HostInfo? host)
    {
        var ringLogger = Scope.Direction != EvidenceDirection.ServersNameRingClients && host is not null && Scope.Includes(host, Ring) && !_held.ContainsKey(host);
        if (!ringLogger && !_namingServers.Contains(computer.Id))
        {
            return;
        }

        var serverLogged = Scope.Direction != EvidenceDirection.RingClientsNameServers;
        var loggedOnSide = false;
        for (var kind = 0; kind < EventKinds.Count; kind++)
        {
            loggedOnSide |= computer.ByKind[kind] > 0 && EventKinds.IsServerLogged(kind) == serverLogged;
        }

        if (!loggedOnSide)
        {
            return;
        }

        if (ringLogger)
        {
            _hostsWithEvents.Add(host!);
        }

        foreach (var (dayKind, _) in computer.DayKinds)
        {
            if (EventKinds.IsServerLogged(dayKind % EventKinds.Count) == serverLogged)
            {
                _days.Add(dayKind / EventKinds.Count);
            }
        }
    }

    public ControlReadiness Build(ClientInventory? inventory, SortedPeople people, DateOnly asOf, NameTable names, int[] ranks)
    {
        var policyGate = _ringControl.Gate;
        var gate = new GateSummary(policyGate.MinAuditDays, policyGate.ReadinessPercent, policyGate.MaxIncompatibleClients, policyGate.MinReportingPercent, policyGate.MinDaysOfData);
        var entries = _ringControl.Timeline?.Entries ?? [];
        var auditSince = entries.Where(e => Scope.Control.Stage(e.Stage).Kind != StageKind.Initial).Select(e => (DateOnly?)e.Since).Min();
        var enforcedSince = entries.Where(e => Scope.Control.Stage(e.Stage).Kind == StageKind.Enforce).Select(e => (DateOnly?)e.Since).Min();
        var auditEnd = enforcedSince is { } enforced && enforced < asOf ? enforced : asOf;
        var (inventoryAdded, denominator) = Denominator(inventory);
        var builders = _blocking.Values.ToList();
        var blocking = builders.Select(b => b.Build(inventory, people, Scope.LowConfidence, names, ranks)).OrderBy(b => b.Client, StringComparer.Ordinal).ToList();
        var facts = new VerdictFacts(Scope, Ring, gate, auditSince, auditSince is { } since ? auditEnd.DayNumber - since.DayNumber : null,
            _countedHosts, _hostsWithEvents.Count, denominator, blocking, _days.Count);
        var (verdict, reasons, summary, thin) = VerdictRules.Decide(facts);
        var current = _ringControl.Stage;
        return new ControlReadiness
        {
            Ring = Ring,
            Control = Scope.Control.Key,
            Title = Scope.Control.Title,
            Stage = current.Name,
            StageKind = current.Kind,
            Direction = Scope.Direction,
            Gate = gate,
            AuditSince = auditSince,
            AuditDays = facts.AuditDays,
            EnforcedSince = enforcedSince,
            NextStage = Scope.Control.Stages.Where(s => s.Order > current.Order).MinBy(s => s.Order)?.Name,
            EvidenceEventIds = Scope.EvidenceIds,
            RingHosts = _countedHosts,
            RingHostsWithEvents = _hostsWithEvents.Count,
            Events = _events,
            ClientsSeen = _seen.Count,
            InventoryClientsAdded = inventoryAdded,
            Denominator = denominator,
            PercentReady = facts.PercentReady,
            FirstEvent = Times.ToUtc(_first),
            LastEvent = Times.ToUtc(_last),
            DaysWithEvents = _days.Count,
            Blocking = blocking,
            BurnDown = BurnDown(builders),
            HeldBack = [.. _held.Values.Select(h => h.Build()).OrderBy(h => h.Host, StringComparer.Ordinal)],
            LowConfidenceOnly = blocking.Count > 0 && blocking.All(b => b.LowConfidenceOnly),
            Verdict = verdict,
            Reasons = reasons,
            ThinEvidence = thin,
            Summary = summary,
        };
    }

    /// <summary>Distinct blocking clients per day, every day from the first to the last with events or evidence (the latest <see cref="ControlReadiness.BurnDownDays"/>).</summary>
    private List<BurnDownDay> BurnDown(List<BlockingBuilder> builders)
    {
        var perDay = new Dictionary<int, int>();
        foreach (var day in builders.SelectMany(b => b.EvidenceDays))
        {
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
        }

        var days = perDay.Keys.Concat(_days).ToList();
        if (days.Count == 0)
        {
            return [];
        }

        var last = days.Max();
        var first = Math.Max(days.Min(), last - ControlReadiness.BurnDownDays + 1);
        return [.. Enumerable.Range(first, last - first + 1).Select(d => new BurnDownDay(DateOnly.FromDayNumber(d), perDay.GetValueOrDefault(d), _days.Contains(d) || perDay.ContainsKey(d)))];
    }

    /// <summary>Clients seen plus inventory clients no event named (for controls enforced on clients: the ring's client hosts).</summary>
    private (int InventoryAdded, int Denominator) Denominator(ClientInventory? inventory)
    {
        if (Scope.Direction != EvidenceDirection.RingServersNameClients)
        {
            return (0, _countedHosts);
        }

        if (inventory is null)
        {
            return (0, _seen.Count);
        }

        var matched = new HashSet<InventoryClient>(ReferenceEqualityComparer.Instance);
        foreach (var client in _seenNames)
        {
            if (inventory.Find(client) is { } entry)
            {
                matched.Add(entry);
            }
        }

        var added = inventory.Clients.Count - matched.Count;
        return (added, _seen.Count + added);
    }
}
