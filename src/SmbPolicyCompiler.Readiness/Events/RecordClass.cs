namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>How a record relates to the SMB audit events.</summary>
public enum RecordClass
{
    /// <summary>A known SMB hardening audit event.</summary>
    Audit,

    /// <summary>An event id this reader does not know, in an audit channel (or with no channel recorded).</summary>
    UnknownAuditEvent,

    /// <summary>An event from another channel or provider (Operational, Security, ...).</summary>
    OtherChannel,
}
