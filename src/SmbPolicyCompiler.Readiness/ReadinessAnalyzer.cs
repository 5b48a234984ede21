using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Analysis;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Aggregate;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>
/// Folds audit events into per-client and per-computer tallies as they stream by (<see cref="Add"/>), then judges
/// every ring's controls at audit or beyond against its gates (<see cref="Build"/>). Memory grows with the distinct
/// clients and computers, never with the number of events. One instance is one report; not thread-safe.
/// </summary>
internal sealed class ReadinessAnalyzer
{
    private readonly ResolvedPolicy _policy;
    private readonly DateOnly _asOf;
    private readonly ReadinessOptions _options;
    private readonly HostResolver _resolver;
    private readonly AlertRings _alertRings;
    private readonly ReadinessAggregator _tallies;

    public ReadinessAnalyzer(ResolvedPolicy policy, DateOnly asOf, ReadinessOptions? options = null)
    {
        _policy = policy;
        _asOf = asOf;
        _options = options ?? ReadinessOptions.Default;
        if (_options.AlertThreshold is < 0)
        {
            throw new ArgumentException("The alert threshold must be 0 or more.", nameof(options));
        }

        if (_options.Ring is { } ring && policy.Ring(ring) is null)
        {
            throw new ArgumentException($"The policy has no ring '{ring}'; its rings are {string.Join(", ", policy.Rings.Select(r => r.Name))}.", nameof(options));
        }

        var names = new NameTable();
        _resolver = new HostResolver(policy, names);
        _alertRings = new AlertRings(policy, _resolver, _options.AlertThreshold);
        _tallies = new ReadinessAggregator(AlertRule.Kinds, names, _alertRings.Of);
    }

    /// <summary>The order the controls are judged in (for tests: the report must not depend on it).</summary>
    internal Func<IReadOnlyList<long>, int[]>? VerdictOrder { get; init; }

    /// <summary>How many events have been added.</summary>
    public long Events => _tallies.Events;

    public void Add(SmbAuditEvent e) => _tallies.Add(e);

    /// <summary>One row of a SIEM's readiness aggregate: the same tallies as the events it counts would give.</summary>
    internal void Add(in AggregateRow row) => _tallies.Add(row);

    /// <summary>
    /// The clients named in events of the given ids, per server: by policy host key when the server is a policy host,
    /// else by the server's short name or address. Names sorted ordinally.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientsByServer(IReadOnlyCollection<int> eventIds)
    {
        var kinds = eventIds.Select(AuditEvents.Find).OfType<AuditEventDefinition>().Select(EventKinds.IndexOf).ToList();
        var byServer = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var client in _tallies.Clients)
        {
            for (var slot = 0; slot < client.Links.Count; slot++)
            {
                var server = client.Links.Server(slot);
                if (server == LinkTable.NoServer || !kinds.Any(k => client.Links.CountOf(slot, k) > 0))
                {
                    continue;
                }

                var key = _resolver.ById(server)?.Key ?? HostNames.Key(_tallies.Names[server].Value);
                if (!byServer.TryGetValue(key, out var clients))
                {
                    byServer[key] = clients = new SortedSet<string>(StringComparer.Ordinal);
                }

                clients.Add(client.Name.Value);
            }
        }

        return byServer.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal);
    }

    /// <summary>The report; <paramref name="read"/> is the reader's report of the same events (what was read and skipped).</summary>
    public ReadinessReport Build(ReadReport read)
    {
        var inventory = _options.Inventory;
        var workers = _options.Events.Workers;
        // Every name resolved first: the resolver then only reads, while the parts below run side by side.
        _resolver.ResolveAll();
        var people = new SortedPeople(_tallies.Clients, _tallies.Names.Count);
        var listed = VerdictWork.Beside(workers, () => (
            Clients: ClientSummaries.Build(_tallies, _resolver, inventory, people),
            Alerts: AlertRule.Find(_tallies, _alertRings, inventory, _options.Ring)));
        var computers = ComputerSummaries.Build(_tallies, _resolver, _policy);
        var rings = _policy.Rings.Where(r => _options.Ring is null || string.Equals(r.Name, _options.Ring, StringComparison.OrdinalIgnoreCase)).ToList();
        var judged = RingEvaluation.Evaluate(rings, _tallies, _resolver, inventory, people, _asOf, workers, VerdictOrder);
        var (clients, alerts) = listed.GetAwaiter().GetResult();
        return new ReadinessReport(
            _policy.Policy.Name,
            _asOf,
            _alertRings.Describe(_options.Ring),
            _options.Ring,
            InputProblems.Summarise(read, _tallies, computers, inventory),
            judged,
            clients,
            computers,
            alerts);
    }
}
