using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// Compares every target's desired settings with every observation of it. A source that cannot see a setting says
/// nothing about it; a setting no source could see is unknown; a host nobody read is unknown with that reason.
/// </summary>
public static class DriftEvaluator
{
    public static DriftReport Evaluate(IReadOnlyList<DriftTarget> targets, IReadOnlyList<HostObservation> observations, IReadOnlyList<string> sources, DateOnly asOf)
    {
        var byHost = observations.GroupBy(o => HostNames.Key(o.Host.TrimStart('\\'))).ToDictionary(g => g.Key, g => g.ToList());
        var findings = new List<DriftFinding>();
        foreach (var target in targets)
        {
            var seen = byHost.GetValueOrDefault(HostNames.Key(target.Name)) ?? [];
            if (target.Host is not { } host)
            {
                findings.Add(new DriftFinding(target.Name, null, "-", "-", "-", "-", "-", "-", DriftStatus.Unknown, string.Join(", ", seen.Select(s => s.Source).Distinct()),
                    "not in the policy: no desired state to compare with", null));
                continue;
            }

            foreach (var desired in host.Settings)
            {
                findings.AddRange(Judge(host, desired, seen, sources));
            }
        }

        var known = targets.Select(t => HostNames.Key(t.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, extra) in byHost.Where(o => !known.Contains(o.Key)))
        {
            findings.Add(new DriftFinding(extra[0].Host, null, "-", "-", "-", "-", "-", "-", DriftStatus.Unknown, string.Join(", ", extra.Select(s => s.Source).Distinct()),
                $"'{key}' was read but is not a host of the policy; nothing to compare", null));
        }

        var sorted = findings
            .OrderBy(f => f.Host, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Control, StringComparer.Ordinal)
            .ThenBy(f => f.Setting, StringComparer.Ordinal)
            .ThenBy(f => f.Source, StringComparer.Ordinal)
            .ToList();
        return new DriftReport(sorted, sources, asOf);
    }

    private static IEnumerable<DriftFinding> Judge(ResolvedHost host, DesiredSetting desired, IReadOnlyList<HostObservation> seen, IReadOnlyList<string> sources)
    {
        var any = false;
        foreach (var observation in seen)
        {
            if (SettingEvaluator.Evaluate(desired, observation) is { } verdict)
            {
                any = true;
                yield return Finding(host, desired, verdict.Status, verdict.Actual, observation.Source, verdict.Detail);
            }
        }

        if (!any)
        {
            var why = seen.Count == 0
                ? $"no source read this host ({string.Join(", ", sources)})"
                : $"not visible to {string.Join(", ", seen.Select(s => s.Source).Distinct())}";
            yield return Finding(host, desired, DriftStatus.Unknown, "unknown", seen.Count == 0 ? "-" : string.Join(", ", seen.Select(s => s.Source).Distinct()), why);
        }
    }

    private static DriftFinding Finding(ResolvedHost host, DesiredSetting desired, DriftStatus status, string actual, string source, string detail) =>
        new(host.Name, host.Ring, host.Group, desired.ControlKey, desired.StageName, desired.Setting.Id,
            desired.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), actual, status, source, detail, desired.DecidedBy);
}
