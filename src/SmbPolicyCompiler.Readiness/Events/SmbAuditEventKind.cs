namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The SMB hardening audit events this reader interprets (audit-events.md §1).</summary>
public enum SmbAuditEventKind
{
    /// <summary>3000 AuditSmb1Access: a client used SMB1.</summary>
    Smb1Access = 3000,

    /// <summary>3021 Smb2ClientDoesNotSupportSigning (v0 without, v1 with UserName).</summary>
    Smb2ClientDoesNotSupportSigning = 3021,

    /// <summary>3022 Smb2ClientDoesNotSupportEncryption.</summary>
    Smb2ClientDoesNotSupportEncryption = 3022,

    /// <summary>3023 InsecureGuestLogon (server side).</summary>
    InsecureGuestLogon = 3023,

    /// <summary>3024 SrvNetClientDoesNotSupportSpn: no SPN sent (EPA).</summary>
    ClientDoesNotSupportSpn = 3024,

    /// <summary>3025 SrvNetClientSentUnrecognizedSpn (EPA).</summary>
    ClientSentUnrecognizedSpn = 3025,

    /// <summary>3026 SrvNetClientSentEmptySpn (EPA).</summary>
    ClientSentEmptySpn = 3026,

    /// <summary>3027 Smb1ClientDoesNotSupportSigning (Microsoft warns of false positives and negatives).</summary>
    Smb1ClientDoesNotSupportSigning = 3027,

    /// <summary>31997 InsecureGuestLogon (client side).</summary>
    ClientInsecureGuestLogon = 31997,

    /// <summary>31998 ServerDoesNotSupportSigning (client side).</summary>
    ServerDoesNotSupportSigning = 31998,

    /// <summary>31999 ServerDoesNotSupportEncryption (client side).</summary>
    ServerDoesNotSupportEncryption = 31999,
}
