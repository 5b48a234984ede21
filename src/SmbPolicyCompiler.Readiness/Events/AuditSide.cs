namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Which end of the SMB connection logged the event.</summary>
internal enum AuditSide
{
    /// <summary>Logged by the SMB server (SMBServer/Audit): the peer is a client.</summary>
    Server,

    /// <summary>Logged by the SMB client (SMBClient/Audit): the peer is a server.</summary>
    Client,
}
