using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;

namespace SmbPolicyCompiler.Readiness;

/// <summary>How to read the events and judge readiness. The defaults suit most estates.</summary>
public sealed record ReadinessOptions
{
    public static ReadinessOptions Default { get; } = new();

    /// <summary>The event ids the daily alert rule counts ("does not support signing" and "sent no SPN").</summary>
    public static IReadOnlyList<int> AlertEventIds { get; } = [.. Analysis.AlertRule.Kinds.Select(k => k.Id)];

    /// <summary>How to read the event exports (format, CSV columns and culture, time zone, limits).</summary>
    public EventReadOptions Events { get; init; } = EventReadOptions.Default;

    /// <summary>The client inventory to join (owner, device type, location) and to count in the denominator; null for none.</summary>
    public ClientInventory? Inventory { get; init; }

    /// <summary>
    /// The daily alert rule fires for a client with more than this many alert events (3021, 3024) on one day against
    /// one ring's servers, in every ring; null (the default) for each ring's own auditThresholds monitor threshold,
    /// the number the SIEM daily alerts use.
    /// </summary>
    public int? AlertThreshold { get; init; }

    /// <summary>Only this ring (by name, case-insensitive); null for all rings.</summary>
    public string? Ring { get; init; }
}
