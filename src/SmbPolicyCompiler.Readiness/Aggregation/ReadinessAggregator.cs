using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Aggregate;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Folds audit events, one at a time, into per-client and per-computer tallies keyed by name ids. Memory grows with
/// the distinct clients, computers, client–server pairs and days, never with the number of events.
/// </summary>
internal sealed class ReadinessAggregator
{
    private readonly bool[] _alertKinds = new bool[EventKinds.Count];
    private readonly Func<int, int> _alertRingOf;
    private ClientTally?[] _clients = new ClientTally?[256];
    private ComputerTally?[] _computers = new ComputerTally?[256];
    private int[] _alertRingsPlusOne = new int[256];
    private NetworkName? _lastComputer;
    private int _lastComputerId = -1;

    /// <param name="alertKinds">The kinds the daily alert rule counts.</param>
    /// <param name="names">The name table to number names in (the host resolver's, so it can resolve servers as they come).</param>
    /// <param name="alertRingOf">The alert ring of a server name id (or <see cref="LinkTable.NoServer"/>): alert events are tallied per ring.</param>
    public ReadinessAggregator(IEnumerable<AuditEventDefinition> alertKinds, NameTable names, Func<int, int> alertRingOf)
    {
        Names = names;
        _alertRingOf = alertRingOf;
        foreach (var kind in alertKinds)
        {
            _alertKinds[EventKinds.IndexOf(kind)] = true;
        }
    }

    public NameTable Names { get; }

    public IEnumerable<ClientTally> Clients => _clients.OfType<ClientTally>();

    public IEnumerable<ComputerTally> Computers => _computers.OfType<ComputerTally>();

    public long Events { get; private set; }

    /// <summary>Events whose logging computer was not recorded or not usable.</summary>
    public long EventsWithoutComputer { get; private set; }

    /// <summary>Events with a computer that named no usable client; they count for their computer but belong to no client.</summary>
    public long EventsWithoutClient { get; private set; }

    public long EventsWithoutTime { get; private set; }

    public void Add(SmbAuditEvent e)
    {
        var ticks = e.TimeUtc is { } time ? time.Ticks : Times.None;
        if (Add(e.Kind, e.Side, e.Computer, e.Client, e.Server, 1, ticks, ticks) is not { } client)
        {
            return;
        }

        if (e.UserName is { } user)
        {
            client.Users.Add(user);
        }

        if (e.Spn is { } spn)
        {
            client.Spns.Add(spn);
        }
    }

    /// <summary>One row of a SIEM's aggregate: <paramref name="row"/>.Count events of one kind between one client and one server on one UTC day.</summary>
    public void Add(in AggregateRow row)
    {
        var side = row.Kind.LoggedBy == Side.Server ? AuditSide.Server : AuditSide.Client;
        var computer = side == AuditSide.Server ? row.Server : row.Client;
        if (Add(row.Kind, side, computer, row.Client, row.Server, row.Count, row.FirstTicks, row.LastTicks) is not { } client)
        {
            return;
        }

        foreach (var user in row.Users)
        {
            client.Users.Add(user);
        }

        foreach (var spn in row.Spns)
        {
            client.Spns.Add(spn);
        }
    }

    public ClientTally? Client(int id) => id < _clients.Length ? _clients[id] : null;

    /// <summary>
    /// Counts <paramref name="count"/> events of one kind for their computer and their client; returns the client's tally
    /// (created when new) for the users and SPNs, or null when no client is named.
    /// </summary>
    private ClientTally? Add(AuditEventDefinition kindDefinition, AuditSide side, NetworkName? computer, NetworkName? client, NetworkName? server, long count, long first, long last)
    {
        var kind = EventKinds.IndexOf(kindDefinition);
        Events += count;
        EventsWithoutTime += first == Times.None ? count : 0;
        var computerId = -1;
        if (computer is not null)
        {
            computerId = ComputerId(computer);
            var tally = Slot(ref _computers, computerId) ??= new ComputerTally(computerId, computer);
            tally.Add(kind, count, first, last, (side == AuditSide.Server ? client : server) is not null);
        }
        else
        {
            EventsWithoutComputer += count;
        }

        if (client is null)
        {
            EventsWithoutClient += computerId < 0 ? 0 : count;
            return null;
        }

        // The logging computer is the server of SMBServer events and the client of SMBClient events: reuse its id.
        var clientId = side == AuditSide.Client && computerId >= 0 ? computerId : Names.IdOf(client);
        var serverId = server is null ? LinkTable.NoServer
            : side == AuditSide.Server && computerId >= 0 ? computerId
            : Names.IdOf(server);
        var clientTally = Slot(ref _clients, clientId) ??= new ClientTally(clientId, client);
        clientTally.Add(kind, count, first, last, serverId, _alertKinds[kind] ? AlertRingOf(serverId) : ClientTally.NotAlert, Names);
        return clientTally;
    }

    /// <summary>Exports are written per computer, so most events repeat the previous event's computer: compare before hashing.</summary>
    private int ComputerId(NetworkName computer)
    {
        if (!computer.Equals(_lastComputer))
        {
            _lastComputer = computer;
            _lastComputerId = Names.IdOf(computer);
        }

        return _lastComputerId;
    }

    /// <summary>A server's alert ring never changes, and finding it hashes its ring's name: look it up once per server.</summary>
    private int AlertRingOf(int server)
    {
        if (server < 0)
        {
            return _alertRingOf(server);
        }

        if (server >= _alertRingsPlusOne.Length)
        {
            Array.Resize(ref _alertRingsPlusOne, Math.Max(_alertRingsPlusOne.Length * 2, server + 1));
        }

        ref var ringPlusOne = ref _alertRingsPlusOne[server];
        if (ringPlusOne == 0)
        {
            ringPlusOne = _alertRingOf(server) + 1;
        }

        return ringPlusOne - 1;
    }

    private static ref T? Slot<T>(ref T?[] array, int id)
        where T : class
    {
        if (id >= array.Length)
        {
            Array.Resize(ref array, Math.Max(array.Length * 2, id + 1));
        }

        return ref array[id];
    }
}
