using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The audit event templates from the SMBServer and SMBClient manifests (jdu2600/Windows10EtwEvents, 26H1 snapshot,
/// quoted in audit-events.md §1). Interpretation goes by field name; these tables only name positional values.
/// </summary>
internal static class EventTemplates
{
    private const string ClientNameLength = "ClientNameLength";
    private const string ClientName = "ClientName";
    private const string ServerNameLength = "ServerNameLength";
    private const string ServerName = "ServerName";

    public static ImmutableArray<EventTemplate> All { get; } =
    [
        Server(3000, 0, SmbAuditEventKind.Smb1Access, ClientName),
        Server(3021, 0, SmbAuditEventKind.Smb2ClientDoesNotSupportSigning, ClientNameLength, ClientName, "ServerRequiresSigning"),
        Server(3021, 1, SmbAuditEventKind.Smb2ClientDoesNotSupportSigning, ClientNameLength, ClientName, "UserNameLength", "UserName", "ServerRequiresSigning"),
        Server(3022, 0, SmbAuditEventKind.Smb2ClientDoesNotSupportEncryption, ClientNameLength, ClientName, "ServerRequiresEncryption", "SmbClientDoesNotSupportEncryptionType"),
        Server(3023, 0, SmbAuditEventKind.InsecureGuestLogon, ClientNameLength, ClientName),
        Server(3024, 0, SmbAuditEventKind.ClientDoesNotSupportSpn, ClientNameLength, ClientName, "Status", "SPNValidationPolicy"),
        Server(3025, 0, SmbAuditEventKind.ClientSentUnrecognizedSpn, ClientNameLength, ClientName, "SPN", "ServiceClassIsValid", "PrincipalNameIsValid", "SPNValidationPolicy"),
        Server(3026, 0, SmbAuditEventKind.ClientSentEmptySpn, ClientNameLength, ClientName, "SPNValidationPolicy"),
        Server(3027, 0, SmbAuditEventKind.Smb1ClientDoesNotSupportSigning, ClientNameLength, ClientName, "ServerRequiresSigning"),
        Client(31997, 0, SmbAuditEventKind.ClientInsecureGuestLogon, ServerNameLength, ServerName),
        Client(31998, 0, SmbAuditEventKind.ServerDoesNotSupportSigning, ServerNameLength, ServerName, "ClientRequireSigning"),
        Client(31999, 0, SmbAuditEventKind.ServerDoesNotSupportEncryption, ServerNameLength, ServerName, "ClientRequireEncryption"),
    ];

    private static readonly FrozenDictionary<int, ImmutableArray<EventTemplate>> ById =
        All.GroupBy(t => t.EventId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    public static bool TryGetVersions(int eventId, out ImmutableArray<EventTemplate> versions) =>
        ById.TryGetValue(eventId, out versions);

    /// <summary>The template for positional values: the declared version when its slot count fits, else the one whose count does.</summary>
    public static EventTemplate? ForPositional(int eventId, int? version, int positionalCount)
    {
        if (!ById.TryGetValue(eventId, out var versions))
        {
            return null;
        }

        var declared = versions.FirstOrDefault(t => t.Version == version);
        if (declared is not null && declared.Fields.Length == positionalCount)
        {
            return declared;
        }

        var byCount = versions.Where(t => t.Fields.Length == positionalCount).ToList();
        return byCount.Count == 1 ? byCount[0] : null;
    }

    private static EventTemplate Server(int id, int version, SmbAuditEventKind kind, params string[] fields) =>
        new(id, version, kind, AuditSide.Server, [.. fields]);

    private static EventTemplate Client(int id, int version, SmbAuditEventKind kind, params string[] fields) =>
        new(id, version, kind, AuditSide.Client, [.. fields]);
}
