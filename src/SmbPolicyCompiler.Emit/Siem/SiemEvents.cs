using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>The catalogue's events as each query kind selects them.</summary>
internal static class SiemEvents
{
    /// <summary>Every audit event readiness reads, both channels.</summary>
    public static IReadOnlyList<AuditEventDefinition> Readiness => AuditEvents.All;

    /// <summary>The daily alert rule's events: "does not support signing" (3021) and "sent no SPN" (3024).</summary>
    public static IReadOnlyList<AuditEventDefinition> DailyAlert { get; } = [AuditEvents.Smb2ClientDoesNotSupportSigning, AuditEvents.ClientDoesNotSupportSpn];

    /// <summary>SMB1 use (3000) and SMB1 clients that cannot sign (3027, high priority).</summary>
    public static IReadOnlyList<AuditEventDefinition> Smb1 { get; } = [AuditEvents.Smb1Access, AuditEvents.Smb1ClientDoesNotSupportSigning];

    public static IEnumerable<string> ChannelsOf(IEnumerable<AuditEventDefinition> events) => events.Select(e => e.Channel).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Every enforcement signal's channel and id, whether or not a ring enforces now (the query's shape stays the same).</summary>
    public static IReadOnlyList<(string Channel, int EventId)> EnforcementEvents { get; } =
    [
        .. ControlCatalogue.All
            .SelectMany(c => c.Stages.Where(s => s.Kind == StageKind.Enforce).SelectMany(s => EnforcementSignals.For(c.Key, s.Name)))
            .Select(s => (s.Channel, s.EventId))
            .Distinct()
            .OrderBy(s => s.Channel, StringComparer.Ordinal).ThenBy(s => s.EventId),
    ];
}
