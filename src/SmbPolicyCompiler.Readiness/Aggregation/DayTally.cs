namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>
/// One client's events on one UTC day, kept as a struct in the client's day table (a client seen every day of a long
/// audit is many of these): the events, the alert-kind events and the first two servers those were logged against.
/// Further alert servers of the day go to <see cref="ClientTally"/>'s overflow lists.
/// </summary>
internal struct DayTally
{
    public const int Unset = -2;

    public int Events;
    public int AlertEvents;
    public int FirstAlertServer;
    public int SecondAlertServer;

    public static DayTally Empty => new() { FirstAlertServer = Unset, SecondAlertServer = Unset };

    /// <summary>Counts an alert event; false when its server is a third or later one that the caller must keep elsewhere.</summary>
    public bool AddAlert(int server)
    {
        AlertEvents++;
        if (server == LinkTable.NoServer || server == FirstAlertServer || server == SecondAlertServer)
        {
            return true;
        }

        if (FirstAlertServer == Unset)
        {
            FirstAlertServer = server;
            return true;
        }

        if (SecondAlertServer == Unset)
        {
            SecondAlertServer = server;
            return true;
        }

        return false;
    }
}
