using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events on one UTC day, kept as a value in the client's day table (a client seen every day of a long
/// audit has many): the events, the alert-kind events and up to <see cref="MaxAlertServers"/> servers those were
/// logged against (the ordinally first by name, so the same servers are kept whatever order events arrive in). No
/// further allocation per day, so memory stays at clients × days × a few dozen bytes.
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

    /// <summary><paramref name="count"/> alert-kind events logged against <paramref name="server"/> (a name id of <paramref name="names"/>).</summary>
    public void AddAlerts(long count, int server, NameTable names)
    {
        AlertEvents = Saturated(AlertEvents, count);
        if (server == LinkTable.NoServer)
        {
            return;
        }

        var servers = (Span<int>)_alertServers;
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

        MoreAlertServers = true;
        if (string.CompareOrdinal(names[server].Value, names[servers[largest]].Value) < 0)
        {
            servers[largest] = server;
        }
    }

    /// <summary>A day count plus more events, held at int.MaxValue rather than wrapping (an aggregate row may say anything).</summary>
    public static int Saturated(int total, long more) => (int)Math.Min(total + more, int.MaxValue);

    [InlineArray(MaxAlertServers)]
    private struct AlertServerIds
    {
        private int _first;
    }
}
