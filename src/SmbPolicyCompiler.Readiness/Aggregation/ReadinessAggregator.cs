using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Folds audit events, one at a time, into per-client and per-computer tallies keyed by name ids. Memory grows with
/// the distinct clients, computers, client–server pairs and days, never with the number of events.
/// </summary>
internal sealed class ReadinessAggregator
{
    private readonly bool[] _alertKinds = new bool[EventKinds.Count];
    private ClientTally?[] _clients = new ClientTally?[256];
    private ComputerTally?[] _computers = new ComputerTally?[256];
    private NetworkName? _lastComputer;
    private int _lastComputerId = -1;

    public ReadinessAggregator(IEnumerable<AuditEventDefinition> alertKinds)
    {
        foreach (var kind in alertKinds)
        {
            _alertKinds[EventKinds.IndexOf(kind)] = true;
        }
    }

    public NameTable Names { get; } = new();

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
        var kind = EventKinds.IndexOf(e.Kind);
        var ticks = e.TimeUtc is { } time ? time.Ticks : Times.None;
        Events++;
        EventsWithoutTime += ticks == Times.None ? 1 : 0;
        var computerId = -1;
        if (e.Computer is { } computer)
        {
            computerId = ComputerId(computer);
            var tally = Slot(ref _computers, computerId) ??= new ComputerTally(computerId, computer);
            tally.Add(kind, ticks, (e.Side == AuditSide.Server ? e.Client : e.Server) is not null);
        }
        else
        {
            EventsWithoutComputer++;
        }

        if (e.Client is not { } client)
        {
            EventsWithoutClient += computerId < 0 ? 0 : 1;
            return;
        }

        // The logging computer is the server of SMBServer events and the client of SMBClient events: reuse its id.
        var clientId = e.Side == AuditSide.Client && computerId >= 0 ? computerId : Names.IdOf(client);
        var serverId = e.Server is not { } server ? LinkTable.NoServer
            : e.Side == AuditSide.Server && computerId >= 0 ? computerId
            : Names.IdOf(server);
        var clientTally = Slot(ref _clients, clientId) ??= new ClientTally(clientId, client);
        clientTally.Add(e, kind, ticks, serverId, _alertKinds[kind]);
    }

    public ClientTally? Client(int id) => id < _clients.Length ? _clients[id] : null;

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
