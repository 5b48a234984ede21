namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The direction of the evidence in words, for every output.</summary>
internal static class EvidenceDirectionText
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
