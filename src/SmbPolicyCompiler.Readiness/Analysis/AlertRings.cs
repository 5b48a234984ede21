using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// How the daily alert rule groups a client's events, as the SIEM daily alerts do (by the ring of the server that
/// logged them): the policy's rings by index, then <see cref="Outside"/> for servers in no ring (not policy hosts,
/// hosts without a ring, events naming no server). Each with its threshold: the policy's (DailyAlertThresholds),
/// or one number for all when --alert-threshold is given.
/// </summary>
internal sealed class AlertRings
{
    private readonly HostResolver _resolver;
    private readonly IReadOnlyList<string> _names;
    private readonly Dictionary<string, int> _indexes;
    private readonly int[] _thresholds;
    private readonly bool _fromOption;

    public AlertRings(ResolvedPolicy policy, HostResolver resolver, int? threshold)
    {
        _resolver = resolver;
        _names = [.. policy.Rings.Select(r => r.Name)];
        _indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _names.Count; i++)
        {
            _indexes.TryAdd(_names[i], i);
        }

        _fromOption = threshold is not null;
        _thresholds = threshold is { } one
            ? [.. Enumerable.Repeat(one, _names.Count + 1)]
            : [.. policy.Rings.Select(DailyAlertThresholds.Of), DailyAlertThresholds.OutsideRings(policy.Policy)];
    }

    public int Outside => _names.Count;

    /// <summary>The alert ring of a server name id (<see cref="Aggregation.LinkTable.NoServer"/> for none).</summary>
    public int Of(int server) => _resolver.ById(server)?.Ring is { } ring && _indexes.TryGetValue(ring, out var index) ? index : Outside;

    /// <summary>The ring's name; null for <see cref="Outside"/>.</summary>
    public string? NameOf(int ring) => ring < _names.Count ? _names[ring] : null;

    public int ThresholdOf(int ring) => _thresholds[ring];

    /// <summary>The thresholds used, for the report: every ring's, or only <paramref name="ringFilter"/>'s.</summary>
    public AlertThresholds Describe(string? ringFilter) => new(
        _fromOption,
        [.. _names.Select((name, i) => new RingThreshold(name, _thresholds[i])).Where(r => ringFilter is null || string.Equals(r.Ring, ringFilter, StringComparison.OrdinalIgnoreCase))],
        ringFilter is null ? _thresholds[Outside] : null);
}
