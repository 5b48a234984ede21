using System.Globalization;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>How values look in every human-readable output: invariant culture, ISO dates, UTC.</summary>
internal static class Formatting
{
    public static string Time(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "-";

    public static string IsoTime(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double? value) => value is { } v ? (Math.Floor(v * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Model.Verdict.Ready => "ready",
        Model.Verdict.NotReady => "not ready",
        Model.Verdict.ThinEvidence => "thin evidence",
        _ => "not enough data",
    };

    public static string Gate(GateSummary gate)
    {
        var parts = new List<string>();
        if (gate.MinAuditDays is { } days)
        {
            parts.Add($"{days} days");
        }

        parts.Add($"max {gate.EffectiveMaxIncompatible}" + (gate.MaxIncompatibleClients is null ? " (default)" : string.Empty));
        if (gate.ReadinessPercent is { } percent)
        {
            parts.Add(">=" + Percent(percent));
        }

        parts.Add($">={Percent(gate.EffectiveMinReportingPercent)} reporting");
        parts.Add($">={gate.EffectiveMinDaysOfData} days of data");
        return (gate.IsGated ? string.Empty : "no gate: ") + string.Join(", ", parts);
    }

    public static string AuditDays(ControlReadiness c) =>
        c.AuditDays is { } days ? (c.Gate.MinAuditDays is { } min ? $"{days}/{min}" : days.ToString(CultureInfo.InvariantCulture)) : "-";

    /// <summary>The alert rule's event ids, e.g. "3021/3024".</summary>
    public static string AlertIds => string.Join("/", Analysis.AlertRule.Kinds.Select(k => k.Id));

    /// <summary>
    /// The daily alert thresholds used, e.g. "per ring, from the auditThresholds monitors: pilot 5, broad 20; 5 for
    /// servers in no ring" or "10 in every ring, from --alert-threshold". Ring names unescaped.
    /// </summary>
    public static string AlertThresholds(AlertThresholds thresholds)
    {
        var all = thresholds.Rings.Select(r => r.Threshold).Concat(thresholds.OutsideRings is { } n ? [n] : []).Distinct().ToList();
        if (thresholds.FromOption)
        {
            return $"{string.Join("/", all)} in every ring, from --alert-threshold";
        }

        var rings = string.Join(", ", thresholds.Rings.Select(r => $"{r.Ring} {r.Threshold}"));
        return "per ring, from the auditThresholds monitors: " + rings + (thresholds.OutsideRings is { } outside ? $"; {outside} for servers in no ring" : string.Empty);
    }

    /// <summary>The ring an alert counted and its threshold, e.g. "broad (>20)". Ring name unescaped.</summary>
    public static string AlertRing(ClientAlert alert) => $"{alert.Ring ?? "(no ring)"} (>{alert.Threshold})";

    public static string Kinds(IReadOnlyList<KindCount> kinds) => string.Join(" ", kinds.Select(k => $"{k.EventId}:{k.Count}"));

    public static string List(IReadOnlyList<string> values, int max = 5) =>
        values.Count == 0 ? "-" : string.Join("; ", values.Take(max)) + (values.Count > max ? $"; +{values.Count - max} more" : string.Empty);
}
