using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// Readiness of one control in one ring. <see cref="Denominator"/> is the clients seen: distinct clients in any SMB
/// audit event at the ring's servers plus the inventory's clients not among them (for controls enforced on clients:
/// the ring's client hosts). Audit events record only clients that would break and clients seen in other audit
/// events, so a client that never appears is not known to be ready; it is simply not counted.
/// </summary>
public sealed record ControlReadiness
{
    public required string Ring { get; init; }

    public required string Control { get; init; }

    public required string Title { get; init; }

    public required string Stage { get; init; }

    public required StageKind StageKind { get; init; }

    public required EvidenceDirection Direction { get; init; }

    public required GateSummary Gate { get; init; }

    /// <summary>The day the ring started auditing (its first stage at audit or beyond).</summary>
    public required DateOnly? AuditSince { get; init; }

    /// <summary>Days from <see cref="AuditSince"/> to the as-of date, or to <see cref="EnforcedSince"/> when the ring enforces: audit stops at enforce.</summary>
    public required int? AuditDays { get; init; }

    /// <summary>The day the ring moved to its first enforce stage, when it has.</summary>
    public required DateOnly? EnforcedSince { get; init; }

    /// <summary>The next stage of the control's ladder after the ring's current one; null at the last.</summary>
    public required string? NextStage { get; init; }

    public required IReadOnlyList<int> EvidenceEventIds { get; init; }

    /// <summary>The ring's hosts on the side the direction names (servers or clients), not held back.</summary>
    public required int RingHosts { get; init; }

    /// <summary>Of those, how many appear in any event.</summary>
    public required int RingHostsWithEvents { get; init; }

    /// <summary>Events that involve the ring's hosts (not held back), any kind.</summary>
    public required long Events { get; init; }

    /// <summary>Distinct clients in the events that count for the ring.</summary>
    public required int ClientsSeen { get; init; }

    /// <summary>Inventory clients added to the denominator because no event named them.</summary>
    public required int InventoryClientsAdded { get; init; }

    public required int Denominator { get; init; }

    public required double? PercentReady { get; init; }

    public required DateTime? FirstEvent { get; init; }

    public required DateTime? LastEvent { get; init; }

    /// <summary>Distinct UTC days with events from the computers that log this control's evidence for the ring.</summary>
    public required int DaysWithEvents { get; init; }

    public required IReadOnlyList<BlockingClient> Blocking { get; init; }

    /// <summary>Blocking clients per UTC day, every day from the first to the last day with events (at most <see cref="BurnDownDays"/> days, the latest).</summary>
    public required IReadOnlyList<BurnDownDay> BurnDown { get; init; }

    public const int BurnDownDays = 120;

    public required IReadOnlyList<HeldBackHost> HeldBack { get; init; }

    /// <summary>True when every blocking client is blocked only by low-confidence evidence (3027).</summary>
    public required bool LowConfidenceOnly { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>Why the verdict is what it is, one sentence each.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>
    /// Where the evidence falls short of the gate's minReportingPercent or minDaysOfData, one sentence each, whatever the
    /// verdict (a ready control with any is thin evidence; an enforced one says so beside "no breakage seen").
    /// </summary>
    public required IReadOnlyList<string> ThinEvidence { get; init; }

    /// <summary>One line for a plan or a table cell.</summary>
    public required string Summary { get; init; }
}
