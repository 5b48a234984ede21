namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>One client's events on one UTC day, and for the alert rule the alert-kind events and the servers (name ids) they were logged against.</summary>
internal sealed class DayTally
{
    public const int MaxAlertServers = 8;

    private int[]? _alertServers;
    private int _alertServerCount;

    public long Events { get; private set; }

    public long AlertEvents { get; private set; }

    public bool AlertServersOverflowed { get; private set; }

    public ReadOnlySpan<int> AlertServers => _alertServers.AsSpan(0, _alertServerCount);

    public void Add() => Events++;

    public void AddAlert(int server)
    {
        AlertEvents++;
        if (server == LinkTable.NoServer || AlertServers.Contains(server))
        {
            return;
        }

        if (_alertServerCount == MaxAlertServers)
        {
            AlertServersOverflowed = true;
            return;
        }

        _alertServers ??= new int[MaxAlertServers];
        _alertServers[_alertServerCount++] = server;
    }
}
