namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// A computer that logged events (a server for SMBServer/Audit, a client for SMBClient/Audit), matched to a policy
/// host by short name or FQDN: its ring, group and exceptions. <see cref="Known"/> is false for computers the policy
/// does not name; their events count for no ring.
/// </summary>
public sealed record ComputerSummary(
    string Name,
    bool Known,
    string? Host,
    string? Ring,
    string? Group,
    string? Role,
    IReadOnlyList<HostException> Exceptions,
    long Events,
    IReadOnlyList<KindCount> ByKind,
    int Peers,
    long EventsWithoutPeer,
    DateTime? FirstEvent,
    DateTime? LastEvent);
