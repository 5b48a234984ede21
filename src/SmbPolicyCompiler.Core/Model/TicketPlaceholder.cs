namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// A %NAME% placeholder of a ticket template. Compile fills those it knows (the ring, the window...); the monitor
/// fills the others on the server when it runs (<see cref="AtRun"/>): the server's name, the clients, the counts.
/// </summary>
public sealed record TicketPlaceholder(string Name, bool AtRun, string Meaning)
{
    public string Token => "%" + Name + "%";

    public override string ToString() => Token;
}

/// <summary>Every placeholder a ticket template may use (docs/monitors.md lists them from here).</summary>
public static class TicketPlaceholders
{
    public static readonly TicketPlaceholder ComputerName = new("COMPUTERNAME", true, "the server the monitor runs on");
    public static readonly TicketPlaceholder ClientName = new("CLIENTNAME", true, "the clients found, comma-separated, at most maxClients, then 'and N more'");
    public static readonly TicketPlaceholder Clients = new("CLIENTS", true, "how many clients, with the noun: '1 client', '3 clients'");
    public static readonly TicketPlaceholder Count = new("COUNT", true, "how many events were found");
    public static readonly TicketPlaceholder Events = new("EVENTS", true, "how many events, with the noun: '1 event', '12 events'");
    public static readonly TicketPlaceholder FirstSeen = new("FIRSTSEEN", true, "the time of the first event found (UTC, yyyy-MM-dd HH:mm:ssZ)");
    public static readonly TicketPlaceholder LastSeen = new("LASTSEEN", true, "the time of the last event found (UTC)");
    public static readonly TicketPlaceholder Result = new("RESULT", true, "the details: one line per client with its counts, first and last seen (several lines)");
    public static readonly TicketPlaceholder Group = new("GROUP", true, "the policy group of the server (from the compiled policy), else the ring's groups");
    public static readonly TicketPlaceholder Priority = new("PRIORITY", true, "'high' (an SMB1 client that cannot sign, or SMB1 traffic where the policy disabled SMB1), else 'normal'");
    public static readonly TicketPlaceholder Ring = new("RING", false, "the ring");
    public static readonly TicketPlaceholder Control = new("CONTROL", false, "the controls the monitor watches, e.g. 'smb1Server'");
    public static readonly TicketPlaceholder Window = new("WINDOW", false, "the look-back window in words: '1 hour', '24 hours'");
    public static readonly TicketPlaceholder Threshold = new("THRESHOLD", false, "the monitor's threshold");
    public static readonly TicketPlaceholder Policy = new("POLICY", false, "the policy's name");

    public static IReadOnlyList<TicketPlaceholder> All { get; } =
        [ComputerName, ClientName, Clients, Count, Events, FirstSeen, LastSeen, Result, Group, Priority, Ring, Control, Window, Threshold, Policy];

    public static TicketPlaceholder? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
