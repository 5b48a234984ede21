using System.Globalization;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>Every finding as JSON, with each host's status, the summary counts and the notes on unreadable input.</summary>
public sealed class DriftJson : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, DriftReport report) => ReportJson.Write(output, Document(report), DriftJsonContext.Default.DriftJsonDocument);

    private static DriftJsonDocument Document(DriftReport report)
    {
        var summary = new Dictionary<string, int> { ["hosts"] = report.Hosts.Count };
        foreach (var status in Enum.GetValues<DriftStatus>())
        {
            summary[status.Json() + "Hosts"] = report.HostCount(status);
            summary[status.Json() + "Settings"] = report.Count(status);
        }

        return new DriftJsonDocument(
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.Sources,
            summary,
            [.. report.Hosts.Select(h => new DriftJsonHost(h.Host, h.Ring, h.Group, h.Status.Json()))],
            report.Notes,
            [.. report.Findings.Select(Finding)]);
    }

    private static DriftJsonFinding Finding(DriftFinding f) => new(
        f.Host, f.Ring, f.Group, f.Control, f.Stage, f.Setting, f.Expected, f.Actual, f.Status.Json(), f.Source, f.Detail,
        f.DecidedBy is { } by ? new DriftJsonDecision(by.KindText, by.Name, by.Location.Path, by.Location.Line, by.Location.Column) : null);
}
