namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>
/// Synthetic events built from the manifest field tables (audit-events.md §1): one of each interpreted event, both
/// 3021 versions, client names in every written form, plus one unknown audit event and one Operational event.
/// </summary>
internal static class AuditFixtures
{
    public const string ServerAudit = "Microsoft-Windows-SMBServer/Audit";
    public const string ClientAudit = "Microsoft-Windows-SMBClient/Audit";
    public const string ServerProvider = "Microsoft-Windows-SMBServer";
    public const string ClientProvider = "Microsoft-Windows-SMBClient";

    public static readonly DateTime Start = new(2025, 10, 1, 8, 15, 30, 125, DateTimeKind.Utc);

    /// <summary>The known audit events (one per template), in record-id order.</summary>
    public static IReadOnlyList<FixtureEvent> Audit { get; } =
    [
        Server(3000, 0, 101, ("ClientName", "10.11.12.13")),
        Server(3021, 0, 102, ("ClientNameLength", "12"), ("ClientName", @"\\10.1.10.20"), ("ServerRequiresSigning", "false")),
        Server(3021, 1, 103, ("ClientNameLength", "10"), ("ClientName", @"\\WS-0042"), ("UserNameLength", "14"), ("UserName", @"CONTOSO\alice"), ("ServerRequiresSigning", "false")),
        Server(3022, 0, 104, ("ClientNameLength", "23"), ("ClientName", @"\\[2001:db8::42]:50123"), ("ServerRequiresEncryption", "false"), ("SmbClientDoesNotSupportEncryptionType", "2")),
        Server(3023, 0, 105, ("ClientNameLength", "16"), ("ClientName", @"\\nas01.contoso.com")),
        Server(3024, 0, 106, ("ClientNameLength", "17"), ("ClientName", @"\\10.1.10.21:445"), ("Status", "0xC000006D"), ("SPNValidationPolicy", "1")),
        Server(3025, 0, 107, ("ClientNameLength", "10"), ("ClientName", @"\\WS-0043"), ("SPN", "cifs/fs-alias.contoso.com"), ("ServiceClassIsValid", "true"), ("PrincipalNameIsValid", "false"), ("SPNValidationPolicy", "2")),
        Server(3026, 0, 108, ("ClientNameLength", "22"), ("ClientName", @"\\::ffff:10.1.10.22"), ("SPNValidationPolicy", "1")),
        Server(3027, 0, 109, ("ClientNameLength", "11"), ("ClientName", @"\\LEGACY-XP"), ("ServerRequiresSigning", "true")),
        Client(31998, 0, 201, ("ServerNameLength", "18"), ("ServerName", @"\\nas02.contoso.com"), ("ClientRequireSigning", "true")),
        Client(31999, 0, 202, ("ServerNameLength", "7"), ("ServerName", @"\NAS03\share$"), ("ClientRequireEncryption", "false")),
    ];

    /// <summary>An id the reader does not know, in the SMBServer audit channel.</summary>
    public static FixtureEvent UnknownAudit { get; } = Server(3002, 1, 110, ("ClientName", "10.9.9.9"));

    /// <summary>An Operational event (other channel), in the UserData shape of the corpus.</summary>
    public static FixtureEvent Operational { get; } = new(
        "FS01.contoso.com", "Microsoft-Windows-SMBServer/Operational", ServerProvider, 1020, 1, 72, Start.AddMinutes(30),
        Pairs(("UserNameLength", "25"), ("UserName", @"HOSTNAME\username"), ("ClientNameLength", "12"), ("ClientName", @"\\10.1.10.20")));

    public static IReadOnlyList<FixtureEvent> All { get; } = [.. Audit, UnknownAudit, Operational];

    private static FixtureEvent Server(int id, int version, long recordId, params (string, string)[] fields) =>
        new("FS01.contoso.com", ServerAudit, ServerProvider, id, version, recordId, Start.AddSeconds(recordId), Pairs(fields));

    private static FixtureEvent Client(int id, int version, long recordId, params (string, string)[] fields) =>
        new("WS-0100.contoso.com", ClientAudit, ClientProvider, id, version, recordId, Start.AddSeconds(recordId), Pairs(fields));

    private static List<KeyValuePair<string, string>> Pairs(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
}
