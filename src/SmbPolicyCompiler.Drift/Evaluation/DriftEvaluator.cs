using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// Compares every target's desired settings with every observation of it. A source that cannot see a setting says
/// nothing about it (not visible); a host no source read is unknown, and so is a setting only a source that did not
/// read the host could have seen (snapshots beside the wire, with no snapshot of this host); a host read but not
/// managed by the policy is reported as unmanaged, never compared.
/// </summary>
public static class DriftEvaluator
{
    /// <param name="policy">Used only to say why a host that was read is not a target (in no ring, or not in the policy).</param>
    public static DriftReport Evaluate(IReadOnlyList<DriftTarget> targets, IReadOnlyList<SourceResult> readings, DateOnly asOf, ResolvedPolicy? policy = null)
    {
        var sources = readings.Select(r => r.Source).ToList();
        var notes = readings.SelectMany(r => r.Notes.Select(n => $"{r.Source}: {n}")).ToList();
        var byHost = readings.SelectMany(r => r.Observations)
            .GroupBy(o => HostNames.Key(o.Host.TrimStart('\\')), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Sources that read registry or configuration (everything but the wire), and the hosts each one read.
        var settingSources = readings.Where(r => r.Source != WireSource.SourceName)
            .Select(r => (r.Source, Hosts: r.Observations.Select(o => HostNames.Key(o.Host.TrimStart('\\'))).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var findings = new List<DriftFinding>();
        var targetKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            targetKeys.Add(HostNames.Key(target.Name));
            var seen = byHost.GetValueOrDefault(HostNames.Key(target.Name)) ?? [];
            if (target.Host is { Ring: not null, Settings.Count: > 0 } host)
            {
                var missing = settingSources.Where(s => !s.Hosts.Contains(HostNames.Key(target.Name))).Select(s => s.Source).ToList();
                findings.AddRange(host.Settings.SelectMany(desired => Judge(host, desired, seen, sources, missing, notes.Count > 0)));
            }
            else
            {
                findings.Add(Unmanaged(target.Name, target.Host, seen));
            }
        }

        foreach (var (key, extra) in byHost.Where(o => !targetKeys.Contains(o.Key)))
        {
            findings.Add(Unmanaged(extra[0].Host, policy?.Host(key), extra));
        }

        var sorted = findings
            .OrderBy(f => f.Host, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Host, StringComparer.Ordinal)
            .ThenBy(f => f.Control, StringComparer.Ordinal)
            .ThenBy(f => f.Setting, StringComparer.Ordinal)
            .ThenBy(f => f.Source, StringComparer.Ordinal)
            .ToList();
        return new DriftReport(sorted, HostResults(sorted), sources, notes, asOf);
    }

    /// <param name="missing">The sources that could see registry settings but have no reading of this host.</param>
    private static IEnumerable<DriftFinding> Judge(
        ResolvedHost host, DesiredSetting desired, IReadOnlyList<HostObservation> seen, IReadOnlyList<string> sources, IReadOnlyList<string> missing, bool hasNotes)
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

        if (any)
        {
            yield break;
        }

        if (seen.Count == 0)
        {
            var why = $"no source read this host (used: {string.Join(", ", sources)})" + (hasNotes ? "; some input could not be read, see the notes" : "");
            yield return Finding(host, desired, DriftStatus.Unknown, "unknown", "-", why);
            yield break;
        }

        var names = string.Join(", ", seen.Select(s => s.Source).Distinct(StringComparer.Ordinal));
        if (missing.Count > 0)
        {
            var why = $"{string.Join(" and ", missing)} has no reading of this host, and {names} cannot see this setting" +
                      (hasNotes ? "; some input could not be read, see the notes" : "");
            yield return Finding(host, desired, DriftStatus.Unknown, "unknown", "-", why);
            yield break;
        }

        var detail = seen.All(s => s.Wire is not null)
            ? WireEvaluation.WhatItSees
            : $"not among what {names} captured (keys {string.Join(" and ", desired.Setting.ReadOrder.Select(l => l.ShortKey))})";
        yield return Finding(host, desired, DriftStatus.NotVisible, "-", names, detail);
    }

    private static DriftFinding Unmanaged(string name, ResolvedHost? host, IReadOnlyList<HostObservation> seen)
    {
        var why = host is null ? "not a host of the policy; nothing to compare with"
            : host.Ring is null ? $"in the policy (group '{host.Group}'), but its group is in no ring; nothing to compare with"
            : $"in ring '{host.Ring}', which manages no setting on it yet; nothing to compare with";
        var source = seen.Count == 0 ? "-" : string.Join(", ", seen.Select(s => s.Source).Distinct(StringComparer.Ordinal));
        var actual = seen.Count == 0 ? "not read" : string.Join("; ", seen.Select(ObservationSummary.Describe).Distinct(StringComparer.Ordinal));
        return new DriftFinding(host?.Name ?? name, host?.Ring, host?.Group ?? "-", "-", "-", "-", "-", actual, DriftStatus.Unmanaged, source, why, null);
    }

    private static List<HostResult> HostResults(IReadOnlyList<DriftFinding> sorted) =>
        sorted.GroupBy(f => f.Host, StringComparer.OrdinalIgnoreCase)
            .Select(g => new HostResult(g.First().Host, g.First().Ring, g.First().Group, Overall(g.Select(f => f.Status).ToHashSet())))
            .ToList();

    private static DriftStatus Overall(HashSet<DriftStatus> statuses) =>
        new[] { DriftStatus.Drifted, DriftStatus.Unknown, DriftStatus.Compliant, DriftStatus.NotVisible }.FirstOrDefault(statuses.Contains, DriftStatus.Unmanaged);

    private static DriftFinding Finding(ResolvedHost host, DesiredSetting desired, DriftStatus status, string actual, string source, string detail) =>
        new(host.Name, host.Ring, host.Group, desired.ControlKey, desired.StageName, desired.Setting.Id,
            desired.Value.ToString(CultureInfo.InvariantCulture), actual, status, source, detail, desired.DecidedBy);
}
