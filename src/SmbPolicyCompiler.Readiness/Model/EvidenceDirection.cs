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

public static class EvidenceDirectionText
{
    public static string Describe(this EvidenceDirection direction) => direction switch
    {
        EvidenceDirection.RingServersNameClients =>
            "the ring's servers log the clients that would break (SMBServer/Audit); clients are counted at the ring's servers",
        EvidenceDirection.RingClientsNameServers =>
            "the ring's clients log the servers they could not use (SMBClient/Audit); a client listed would lose access to the servers named with it",
        _ => "servers log the ring's clients that would break (SMBServer/Audit); clients are the ring's client hosts",
    };

    /// <summary>The ring hosts whose events count: "servers" or "clients".</summary>
    public static string RingHosts(this EvidenceDirection direction) =>
        direction == EvidenceDirection.RingServersNameClients ? "servers" : "clients";
}
