using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events on one UTC day, kept as a value in the client's day table (a client seen every day of a long
/// audit has many): the events, the alert-kind events and up to <see cref="MaxAlertServers"/> servers those were
/// logged against. No further allocation per day, so memory stays at clients × days × a few dozen bytes.
/// </summary>
internal struct DayTally
{
    public const int MaxAlertServers = 4;
    private const int Unset = -2;

    public int Events;
    public int AlertEvents;
    public bool MoreAlertServers;
    private AlertServerIds _alertServers;

    public static DayTally Empty
    {
        get
        {
            var day = default(DayTally);
            ((Span<int>)day._alertServers).Fill(Unset);
            return day;
        }
    }

    public readonly IReadOnlyList<int> AlertServers
    {
        get
        {
            var servers = new List<int>(MaxAlertServers);
            foreach (var server in (ReadOnlySpan<int>)_alertServers)
            {
                if (server != Unset)
                {
                    servers.Add(server);
                }
            }

            return servers;
        }
    }

    public void AddAlert(int server)
    {
        AlertEvents++;
        if (server == LinkTable.NoServer)
        {
            return;
        }

        var servers = (Span<int>)_alertServers;
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
        }

        MoreAlertServers = true;
    }

    [InlineArray(MaxAlertServers)]
    private struct AlertServerIds
    {
        private int _first;
    }
}
