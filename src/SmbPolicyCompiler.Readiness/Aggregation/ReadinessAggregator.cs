using System.Runtime.InteropServices;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// Folds audit events, one at a time, into per-client and per-computer tallies. Memory grows with the distinct
/// clients, computers, client–server pairs and days, never with the number of events.
/// </summary>
internal sealed class ReadinessAggregator
{
    private readonly bool[] _alertKinds = new bool[EventKinds.Count];

    public ReadinessAggregator(IEnumerable<SmbAuditEventKind> alertKinds)
    {
        foreach (var kind in alertKinds)
        {
            _alertKinds[EventKinds.IndexOf(kind)] = true;
        }
    }

    public Dictionary<NetworkName, ClientTally> Clients { get; } = [];

    public Dictionary<NetworkName, ComputerTally> Computers { get; } = [];

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
        if (e.Computer is { } computer)
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(Computers, computer, out _);
            tally ??= new ComputerTally(computer);
            var peer = e.Side == AuditSide.Server ? e.Client : e.Server;
            tally.Add(kind, ticks, peer is not null);
        }
        else
        {
            EventsWithoutComputer++;
        }

        if (e.Client is not { } client)
        {
            EventsWithoutClient += e.Computer is null ? 0 : 1;
            return;
        }

        ref var clientTally = ref CollectionsMarshal.GetValueRefOrAddDefault(Clients, client, out _);
        clientTally ??= new ClientTally(client);
        clientTally.Add(e, kind, ticks, _alertKinds[kind]);
    }
}
