using SmbPolicyCompiler.Readiness.Inventory;

namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>One client as the events show it (names normalised: lower case, no \\ or port).</summary>
public sealed record ClientSummary(
    string Name,
    string? PolicyHost,
    string? Ring,
    InventoryClient? Inventory,
    DateTime? FirstSeen,
    DateTime? LastSeen,
    long Events,
    IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<DayCount> ByDay,
    IReadOnlyList<PeerCount> Servers,
    IReadOnlyList<string> Users,
    bool MoreUsers,
    IReadOnlyList<string> Spns,
    bool MoreSpns);
