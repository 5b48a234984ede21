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

    public static string Kinds(IReadOnlyList<KindCount> kinds) => string.Join(" ", kinds.Select(k => $"{k.EventId}:{k.Count}"));

    public static string List(IReadOnlyList<string> values, int max = 5) =>
        values.Count == 0 ? "-" : string.Join("; ", values.Take(max)) + (values.Count > max ? $"; +{values.Count - max} more" : string.Empty);
}
