using System.Globalization;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Support;

/// <summary>
/// Builds audit events from the manifest field tables (audit-events.md §1, *Length slots included) with record ids
/// numbered per computer, so a scenario reads like the events it holds.
/// </summary>
internal sealed class EventLog
{
    private const string ServerAudit = "Microsoft-Windows-SMBServer/Audit";
    private const string ClientAudit = "Microsoft-Windows-SMBClient/Audit";
    private readonly Dictionary<string, long> _recordIds = new(StringComparer.OrdinalIgnoreCase);

    public List<FixtureEvent> Events { get; } = [];

    /// <summary>3021 version 0, or version 1 with the user when one is given.</summary>
    public EventLog Signing(string server, string client, DateTime at, string? user = null) => user is null
        ? Server(3021, 0, server, at, Named(client), ("ServerRequiresSigning", "false"))
        : Server(3021, 1, server, at, Named(client), ("UserNameLength", Length(user)), ("UserName", user), ("ServerRequiresSigning", "false"));

    public EventLog Smb1Signing(string server, string client, DateTime at) => Server(3027, 0, server, at, Named(client), ("ServerRequiresSigning", "true"));

    public EventLog Smb1(string server, string client, DateTime at) => Server(3000, 0, server, at, [("ClientName", client)]);

    public EventLog NoSpn(string server, string client, DateTime at) => Server(3024, 0, server, at, Named(client), ("Status", "0xC000006D"), ("SPNValidationPolicy", "1"));

    public EventLog UnknownSpn(string server, string client, DateTime at, string spn) =>
        Server(3025, 0, server, at, Named(client), ("SPN", spn), ("ServiceClassIsValid", "true"), ("PrincipalNameIsValid", "false"), ("SPNValidationPolicy", "1"));

    public EventLog NoEncryption(string server, string client, DateTime at) =>
        Server(3022, 0, server, at, Named(client), ("ServerRequiresEncryption", "false"), ("SmbClientDoesNotSupportEncryptionType", "1"));

    public EventLog Guest(string server, string client, DateTime at) => Server(3023, 0, server, at, Named(client));

    public EventLog EmptySpn(string server, string client, DateTime at) => Server(3026, 0, server, at, Named(client), ("SPNValidationPolicy", "1"));

    /// <summary>31999, logged by the client computer, naming the server that cannot encrypt.</summary>
    public EventLog ServerCannotEncrypt(string client, string server, DateTime at) =>
        Add(new FixtureEvent(client, ClientAudit, "Microsoft-Windows-SMBClient", 31999, 0, Next(client), at,
            [new("ServerNameLength", Length(server)), new("ServerName", server), new("ClientRequireEncryption", "false")]));

    /// <summary>31998, logged by the client computer, naming the server that cannot sign.</summary>
    public EventLog ServerCannotSign(string client, string server, DateTime at) =>
        Add(new FixtureEvent(client, ClientAudit, "Microsoft-Windows-SMBClient", 31998, 0, Next(client), at,
            [new("ServerNameLength", Length(server)), new("ServerName", server), new("ClientRequireSigning", "true")]));

    /// <summary>The same events again (as an overlapping export would hold them).</summary>
    public IReadOnlyList<FixtureEvent> Slice(int from, int count) => Events.GetRange(from, count);

    private EventLog Server(int id, int version, string server, DateTime at, (string, string)[] client, params (string, string)[] fields) =>
        Add(new FixtureEvent(server, ServerAudit, "Microsoft-Windows-SMBServer", id, version, Next(server), at,
            [.. client.Concat(fields).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]));

    private EventLog Add(FixtureEvent e)
    {
        Events.Add(e);
        return this;
    }

    private long Next(string computer) => _recordIds[computer] = _recordIds.GetValueOrDefault(computer, 1000) + 1;

    private static (string, string)[] Named(string client) => [("ClientNameLength", Length(client)), ("ClientName", client)];

    private static string Length(string value) => (value.Length + 1).ToString(CultureInfo.InvariantCulture);
}
