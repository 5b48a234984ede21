using static SmbPolicyCompiler.Core.Catalogue.AuditFields;

namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// Every SMB hardening audit event smbpol reads (the SMBServer and SMBClient manifests) with its template versions
/// and field names. Controls name their evidence from here; the event readers and the generated monitors know these
/// ids and fields and no others.
/// </summary>
public static class AuditEvents
{
    public const string ServerChannel = "Microsoft-Windows-SMBServer/Audit";
    public const string ClientChannel = "Microsoft-Windows-SMBClient/Audit";
    public const string ServerProvider = "Microsoft-Windows-SMBServer";
    public const string ClientProvider = "Microsoft-Windows-SMBClient";

    public static readonly AuditEventDefinition Smb1Access = Server(3000, "AuditSmb1Access", V(0, ClientName));

    public static readonly AuditEventDefinition Smb2ClientDoesNotSupportSigning = Server(
        3021, "Smb2ClientDoesNotSupportSigning",
        V(0, ClientNameLength, ClientName, ServerRequiresSigning),
        V(1, ClientNameLength, ClientName, UserNameLength, UserName, ServerRequiresSigning));

    public static readonly AuditEventDefinition Smb2ClientDoesNotSupportEncryption = Server(
        3022, "Smb2ClientDoesNotSupportEncryption", V(0, ClientNameLength, ClientName, ServerRequiresEncryption, EncryptionNotSupportedType));

    public static readonly AuditEventDefinition InsecureGuestLogon = Server(3023, "InsecureGuestLogon", V(0, ClientNameLength, ClientName));

    public static readonly AuditEventDefinition ClientDoesNotSupportSpn = Server(
        3024, "SrvNetClientDoesNotSupportSpn", V(0, ClientNameLength, ClientName, Status, SpnValidationPolicy));

    public static readonly AuditEventDefinition ClientSentUnrecognizedSpn = Server(
        3025, "SrvNetClientSentUnrecognizedSpn", V(0, ClientNameLength, ClientName, Spn, ServiceClassIsValid, PrincipalNameIsValid, SpnValidationPolicy));

    public static readonly AuditEventDefinition ClientSentEmptySpn = Server(3026, "SrvNetClientSentEmptySpn", V(0, ClientNameLength, ClientName, SpnValidationPolicy));

    public static readonly AuditEventDefinition Smb1ClientDoesNotSupportSigning = Server(
        3027, "Smb1ClientDoesNotSupportSigning", V(0, ClientNameLength, ClientName, ServerRequiresSigning));

    public static readonly AuditEventDefinition ClientInsecureGuestLogon = Client(31997, "InsecureGuestLogon", V(0, ServerNameLength, ServerName));

    public static readonly AuditEventDefinition ServerDoesNotSupportSigning = Client(
        31998, "ServerDoesNotSupportSigning", V(0, ServerNameLength, ServerName, ClientRequireSigning));

    public static readonly AuditEventDefinition ServerDoesNotSupportEncryption = Client(
        31999, "ServerDoesNotSupportEncryption", V(0, ServerNameLength, ServerName, ClientRequireEncryption));

    /// <summary>
    /// The rollout guidance's daily alert rule counts these per client: "does not support signing" (3021) and "sent no
    /// SPN" (3024). Readiness' alert list and the generated Monitor-AuditThresholds.ps1 both read it here.
    /// </summary>
    public static IReadOnlyList<AuditEventDefinition> DailyAlert { get; } = [Smb2ClientDoesNotSupportSigning, ClientDoesNotSupportSpn];

    /// <summary>Every client that logs one of these is high priority (an SMB1 client that cannot sign).</summary>
    public static IReadOnlyList<AuditEventDefinition> HighPriority { get; } = [Smb1ClientDoesNotSupportSigning];

    /// <summary>The SPN events: no SPN (3024), an unrecognised one (3025, SPN field), an empty one (3026).</summary>
    public static IReadOnlyList<AuditEventDefinition> SpnEvents { get; } = [ClientDoesNotSupportSpn, ClientSentUnrecognizedSpn, ClientSentEmptySpn];

    /// <summary>Sorted by id.</summary>
    public static IReadOnlyList<AuditEventDefinition> All { get; } =
    [
        Smb1Access, Smb2ClientDoesNotSupportSigning, Smb2ClientDoesNotSupportEncryption, InsecureGuestLogon, ClientDoesNotSupportSpn,
        ClientSentUnrecognizedSpn, ClientSentEmptySpn, Smb1ClientDoesNotSupportSigning, ClientInsecureGuestLogon, ServerDoesNotSupportSigning,
        ServerDoesNotSupportEncryption,
    ];

    public static AuditEventDefinition? Find(int id) => All.FirstOrDefault(e => e.Id == id);

    private static AuditEventDefinition Server(int id, string name, params AuditEventVersion[] versions) => new(id, name, Side.Server, versions);

    private static AuditEventDefinition Client(int id, string name, params AuditEventVersion[] versions) => new(id, name, Side.Client, versions);

    private static AuditEventVersion V(int version, params string[] fields) => new(version, fields);
}
