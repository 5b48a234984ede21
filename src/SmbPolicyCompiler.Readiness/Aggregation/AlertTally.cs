using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's alert-kind events on one UTC day against the servers of one alert ring, kept as a value in the
/// client's alert table: the events and up to <see cref="MaxServers"/> servers they were logged against (the
/// ordinally first by name, so the same servers are kept whatever order events arrive in). No further allocation
/// per entry, so memory stays at clients × alert days × rings hit × a few dozen bytes.
/// </summary>
internal struct AlertTally
{
    public const int MaxServers = 4;
    private const int Unset = -2;

    public int Events;
    public bool MoreServers;
    private ServerIds _servers;

    public static AlertTally Empty
    {
        get
        {
            var tally = default(AlertTally);
            ((Span<int>)tally._servers).Fill(Unset);
            return tally;
        }
    }

    public readonly IReadOnlyList<int> Servers
    {
        get
        {
            var servers = new List<int>(MaxServers);
            foreach (var server in (ReadOnlySpan<int>)_servers)
            {
                if (server != Unset)
                {
                    servers.Add(server);
                }
            }

            return servers;
        }
    }

    /// <summary><paramref name="count"/> alert-kind events logged against <paramref name="server"/> (a name id of <paramref name="names"/>).</summary>
    public void Add(long count, int server, NameTable names)
    {
        Events = Counts.Saturated(Events, count);
        if (server == LinkTable.NoServer)
        {
            return;
        }

        var servers = (Span<int>)_servers;
        var largest = -1;
        for (var i = 0; i < servers.Length; i++)
        {
            if (servers[i] == server)
            {
                return;
            }

            if (servers[i] == Unset)
            {
                servers[i] = server;
                return;
            }

            largest = largest < 0 || string.CompareOrdinal(names[servers[i]].Value, names[servers[largest]].Value) > 0 ? i : largest;
        }

        MoreServers = true;
        if (string.CompareOrdinal(names[server].Value, names[servers[largest]].Value) < 0)
        {
            servers[largest] = server;
        }
    }

    [InlineArray(MaxServers)]
    private struct ServerIds
    {
        private int _first;
    }
}
