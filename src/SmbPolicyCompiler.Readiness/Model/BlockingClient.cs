using SmbPolicyCompiler.Readiness.Inventory;

namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// A client that would break if the ring enforced the control: the evidence events (ids and counts), the servers it
/// would break with, as which users and SPNs, and what the inventory says about it. <see cref="FirstSeen"/> and
/// <see cref="LastSeen"/> are its first and last audit event of any kind at those servers.
/// </summary>
public sealed record BlockingClient(
    string Client,
    string? PolicyHost,
    IReadOnlyList<KindCount> Evidence,
    long Events,
    DateTime? FirstSeen,
    DateTime? LastSeen,
    IReadOnlyList<string> Servers,
    IReadOnlyList<string> Users,
    IReadOnlyList<string> Spns,
    InventoryClient? Inventory,
    bool LowConfidenceOnly)
{
    public string EventIds => string.Join(" ", Evidence.Select(e => e.EventId));
}
