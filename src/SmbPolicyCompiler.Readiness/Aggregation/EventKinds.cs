using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>Dense indexes for the catalogue's audit events, so that tallies are small arrays instead of dictionaries.</summary>
internal static class EventKinds
{
    private static readonly int[] Ids = [.. AuditEvents.All.Select(e => e.Id)];

    private static readonly bool[] ServerLogged = [.. AuditEvents.All.Select(e => e.LoggedBy == Side.Server)];

    public static int Count => Ids.Length;

    /// <summary>The index of an event of the catalogue (its ids are sorted).</summary>
    public static int IndexOf(AuditEventDefinition kind) => Array.BinarySearch(Ids, kind.Id);

    /// <summary>True when the kind at this index is logged by the server (SMBServer/Audit).</summary>
    public static bool IsServerLogged(int index) => ServerLogged[index];

    public static AuditEventDefinition At(int index) => AuditEvents.All[index];
}
