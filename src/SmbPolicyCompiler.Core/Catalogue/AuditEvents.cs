namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// Every SMB hardening audit event smbpol reads (the SMBServer and SMBClient manifests). Controls name their
/// evidence from here; the event readers know these ids and no others.
/// </summary>
public static class AuditEvents
{
    public const string ServerChannel = "Microsoft-Windows-SMBServer/Audit";
    public const string ClientChannel = "Microsoft-Windows-SMBClient/Audit";
    public const string ServerProvider = "Microsoft-Windows-SMBServer";
    public const string ClientProvider = "Microsoft-Windows-SMBClient";

    public static readonly AuditEventDefinition Smb1Access = new(3000, "AuditSmb1Access", Side.Server);
    public static readonly AuditEventDefinition Smb2ClientDoesNotSupportSigning = new(3021, "Smb2ClientDoesNotSupportSigning", Side.Server);
    public static readonly AuditEventDefinition Smb2ClientDoesNotSupportEncryption = new(3022, "Smb2ClientDoesNotSupportEncryption", Side.Server);
    public static readonly AuditEventDefinition InsecureGuestLogon = new(3023, "InsecureGuestLogon", Side.Server);
    public static readonly AuditEventDefinition ClientDoesNotSupportSpn = new(3024, "SrvNetClientDoesNotSupportSpn", Side.Server);
    public static readonly AuditEventDefinition ClientSentUnrecognizedSpn = new(3025, "SrvNetClientSentUnrecognizedSpn", Side.Server);
    public static readonly AuditEventDefinition ClientSentEmptySpn = new(3026, "SrvNetClientSentEmptySpn", Side.Server);
    public static readonly AuditEventDefinition Smb1ClientDoesNotSupportSigning = new(3027, "Smb1ClientDoesNotSupportSigning", Side.Server);
    public static readonly AuditEventDefinition ClientInsecureGuestLogon = new(31997, "InsecureGuestLogon", Side.Client);
    public static readonly AuditEventDefinition ServerDoesNotSupportSigning = new(31998, "ServerDoesNotSupportSigning", Side.Client);
    public static readonly AuditEventDefinition ServerDoesNotSupportEncryption = new(31999, "ServerDoesNotSupportEncryption", Side.Client);

    /// <summary>Sorted by id.</summary>
    public static IReadOnlyList<AuditEventDefinition> All { get; } =
    [
        Smb1Access, Smb2ClientDoesNotSupportSigning, Smb2ClientDoesNotSupportEncryption, InsecureGuestLogon, ClientDoesNotSupportSpn,
        ClientSentUnrecognizedSpn, ClientSentEmptySpn, Smb1ClientDoesNotSupportSigning, ClientInsecureGuestLogon, ServerDoesNotSupportSigning,
        ServerDoesNotSupportEncryption,
    ];

    public static AuditEventDefinition? Find(int id) => All.FirstOrDefault(e => e.Id == id);
}
