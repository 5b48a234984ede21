using System.Collections.Frozen;
using System.Collections.Immutable;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The audit event templates of the controls catalogue (<see cref="AuditEvents"/>, from the SMBServer and SMBClient
/// manifests), indexed for the readers. Interpretation goes by field name; the templates only name positional values.
/// </summary>
internal static class EventTemplates
{
    public static ImmutableArray<EventTemplate> All { get; } =
        [.. AuditEvents.All.SelectMany(e => e.Versions.Select(v => new EventTemplate(e, v.Version, [.. v.Fields])))];

    private static readonly FrozenDictionary<int, ImmutableArray<EventTemplate>> ById =
        All.GroupBy(t => t.EventId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    public static bool TryGetVersions(int eventId, out ImmutableArray<EventTemplate> versions) =>
        ById.TryGetValue(eventId, out versions);

    /// <summary>The template for positional values: the declared version when its slot count fits, else the one whose count does.</summary>
    public static EventTemplate? ForPositional(int eventId, int? version, int positionalCount)
    {
        if (!ById.TryGetValue(eventId, out var versions))
        {
            return null;
        }

        var declared = versions.FirstOrDefault(t => t.Version == version);
        if (declared is not null && declared.Fields.Length == positionalCount)
        {
            return declared;
        }

        var byCount = versions.Where(t => t.Fields.Length == positionalCount).ToList();
        return byCount.Count == 1 ? byCount[0] : null;
    }
}
