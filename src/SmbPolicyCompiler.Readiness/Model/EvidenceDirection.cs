namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>Which way round the evidence runs for a control: who logs, who is named, whose ring it is.</summary>
public enum EvidenceDirection
{
    /// <summary>Enforced on the ring's servers; their SMBServer/Audit events name the clients that would break.</summary>
    RingServersNameClients,

    /// <summary>Enforced on the ring's clients; they log (SMBClient/Audit) the servers they could not use securely, so the client breaks.</summary>
    RingClientsNameServers,

    /// <summary>Enforced on the ring's clients; servers' SMBServer/Audit events name the ring clients that would break.</summary>
    ServersNameRingClients,
}
