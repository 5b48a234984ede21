using System.Collections.Immutable;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>Dense indexes for the audit event kinds, so that tallies are small arrays instead of dictionaries.</summary>
internal static class EventKinds
{
    private static readonly int[] Ids = [.. Enum.GetValues<SmbAuditEventKind>().Select(k => (int)k).Order()];

    public static int Count => Ids.Length;

    public static ImmutableArray<SmbAuditEventKind> All { get; } = [.. Ids.Select(id => (SmbAuditEventKind)id)];

    private static readonly bool[] ServerLogged = [.. Ids.Select(id => LoggedBy((SmbAuditEventKind)id) == AuditSide.Server)];

    public static int IndexOf(SmbAuditEventKind kind) => Array.BinarySearch(Ids, (int)kind);

    /// <summary>True when the kind at this index is logged by the server (SMBServer/Audit).</summary>
    public static bool IsServerLogged(int index) => ServerLogged[index];

    public static SmbAuditEventKind At(int index) => (SmbAuditEventKind)Ids[index];

    /// <summary>Which end logs the event: SMBServer/Audit events are logged by the server, SMBClient/Audit by the client.</summary>
    public static AuditSide LoggedBy(SmbAuditEventKind kind) =>
        EventTemplates.TryGetVersions((int)kind, out var versions) ? versions[0].Side : AuditSide.Server;
}
