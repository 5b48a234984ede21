using System.Reflection;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>Two typed audit events compared property by property (all but the raw record they came from), naming each that differs.</summary>
internal static class TypedEventComparison
{
    private static readonly PropertyInfo[] Compared = [.. typeof(SmbAuditEvent).GetProperties()
        .Where(p => p.Name is not (nameof(SmbAuditEvent.Raw) or nameof(SmbAuditEvent.Location)))
        .OrderBy(p => p.Name, StringComparer.Ordinal)];

    public static IEnumerable<string> Differences(SmbAuditEvent a, SmbAuditEvent b) =>
        from property in Compared
        let x = property.GetValue(a)
        let y = property.GetValue(b)
        where !Equals(x, y)
        select $"record {a.Raw.RecordId}: {property.Name} is '{x}' on the EVTX path, '{y}' on the XML path";

    public static int PropertyCount => Compared.Length;
}
