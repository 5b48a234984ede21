using static SmbPolicyCompiler.Core.Catalogue.AuditFields;

namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// Per control and enforcing stage, the events that mean real breakage once a ring enforces: the audit events logged
/// while the server already enforced (their ServerRequires*/SPNValidationPolicy fields say so) and the SMBServer
/// Operational event of a refused unencrypted access. Sources: the SMBServer manifest (jdu2600/Windows10EtwEvents, 26H1;
/// audit-events.md §1) for names and fields. Microsoft documents that the audit events are logged for clients that do
/// not support signing or EPA, not whether they are still logged, with the flag set, when the server refuses the
/// client: those signals are marked unverified (docs/siem.md says so).
/// </summary>
public static class EnforcementSignals
{
    public const string ServerOperationalChannel = "Microsoft-Windows-SMBServer/Operational";

    /// <summary>SrvUnencryptedAcccessFailure (sic, the manifest's spelling): the server refused unencrypted access to an encrypted share.</summary>
    public const int UnencryptedAccessRefused = 1003;

    private static readonly string[] True = ["true", "1"];

    public static IReadOnlyList<EnforcementSignal> For(string control, string stage) => (control, stage) switch
    {
        (ControlCatalogue.ServerSigning, "enforce") =>
        [
            Audit(AuditEvents.Smb2ClientDoesNotSupportSigning, ServerRequiresSigning, True, "an SMB2/3 client that cannot sign, logged while the server required signing"),
            Audit(AuditEvents.Smb1ClientDoesNotSupportSigning, ServerRequiresSigning, True, "an SMB1 client that cannot sign, logged while the server required signing"),
        ],
        (ControlCatalogue.SpnValidation, "accept-if-provided") =>
        [
            Audit(AuditEvents.ClientSentUnrecognizedSpn, SpnValidationPolicy, ["1", "2"], "a client that sent an SPN the server does not know, refused at level 1 or 2"),
        ],
        (ControlCatalogue.SpnValidation, "required") =>
        [
            Audit(AuditEvents.ClientDoesNotSupportSpn, SpnValidationPolicy, ["2"], "a client that sent no SPN, refused at level 2"),
            Audit(AuditEvents.ClientSentUnrecognizedSpn, SpnValidationPolicy, ["1", "2"], "a client that sent an SPN the server does not know, refused"),
            Audit(AuditEvents.ClientSentEmptySpn, SpnValidationPolicy, ["2"], "a client that sent an empty SPN, refused at level 2"),
        ],
        (ControlCatalogue.ServerEncryption, "require") =>
        [
            Audit(AuditEvents.Smb2ClientDoesNotSupportEncryption, ServerRequiresEncryption, True, "a client that cannot encrypt, logged while the server required encryption"),
            new(UnencryptedAccessRefused, ServerOperationalChannel, AuditEvents.ServerProvider, ClientName, null, [], true,
                "the server refused a client's unencrypted access (SrvUnencryptedAcccessFailure: ShareName, ClientName, UserName)"),
        ],
        _ => [],
    };

    private static EnforcementSignal Audit(AuditEventDefinition audit, string field, IReadOnlyList<string> values, string meaning) =>
        new(audit.Id, audit.Channel, audit.Provider, audit.LoggedBy == Side.Server ? ClientName : ServerName, field, values, false, meaning);
}
