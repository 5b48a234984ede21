using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>What each monitor reads, from the controls catalogue: its event ids and the controls they are evidence for.</summary>
public static class MonitoredEvents
{
    public static IReadOnlyList<AuditEventDefinition> For(MonitorKind kind) => kind == MonitorKind.Smb1Traffic
        ? [AuditEvents.Smb1Access]
        : [.. AuditEvents.DailyAlert.Concat(AuditEvents.HighPriority).Concat(AuditEvents.SpnEvents).Distinct().OrderBy(e => e.Id)];

    /// <summary>The controls whose evidence the monitor's events are (smb1Server; serverSigning and spnValidation).</summary>
    public static IReadOnlyList<string> Controls(MonitorKind kind)
    {
        var ids = For(kind).Select(e => e.Id).ToHashSet();
        return [.. ControlCatalogue.All.Where(c => c.Evidence.Any(e => ids.Contains(e.EventId))).Select(c => c.Key)];
    }
}
