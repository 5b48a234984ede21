using System.Collections.Frozen;
using System.Collections.Immutable;
using SmbPolicyCompiler.Core.Catalogue;

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
        Template(AuditEvents.Smb1Access, 0, ClientName),
        Template(AuditEvents.Smb2ClientDoesNotSupportSigning, 0, ClientNameLength, ClientName, "ServerRequiresSigning"),
        Template(AuditEvents.Smb2ClientDoesNotSupportSigning, 1, ClientNameLength, ClientName, "UserNameLength", "UserName", "ServerRequiresSigning"),
        Template(AuditEvents.Smb2ClientDoesNotSupportEncryption, 0, ClientNameLength, ClientName, "ServerRequiresEncryption", "SmbClientDoesNotSupportEncryptionType"),
        Template(AuditEvents.InsecureGuestLogon, 0, ClientNameLength, ClientName),
        Template(AuditEvents.ClientDoesNotSupportSpn, 0, ClientNameLength, ClientName, "Status", "SPNValidationPolicy"),
        Template(AuditEvents.ClientSentUnrecognizedSpn, 0, ClientNameLength, ClientName, "SPN", "ServiceClassIsValid", "PrincipalNameIsValid", "SPNValidationPolicy"),
        Template(AuditEvents.ClientSentEmptySpn, 0, ClientNameLength, ClientName, "SPNValidationPolicy"),
        Template(AuditEvents.Smb1ClientDoesNotSupportSigning, 0, ClientNameLength, ClientName, "ServerRequiresSigning"),
        Template(AuditEvents.ClientInsecureGuestLogon, 0, ServerNameLength, ServerName),
        Template(AuditEvents.ServerDoesNotSupportSigning, 0, ServerNameLength, ServerName, "ClientRequireSigning"),
        Template(AuditEvents.ServerDoesNotSupportEncryption, 0, ServerNameLength, ServerName, "ClientRequireEncryption"),
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

    private static EventTemplate Template(AuditEventDefinition kind, int version, params string[] fields) => new(kind, version, [.. fields]);
}
