using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The blocking clients as CSV, one row per client, ring and control, for remediation tickets. Lists in a cell are
/// separated by "; ". Only blocking clients are here: the read report goes to the other outputs (and to stderr).
/// </summary>
public sealed class ReadinessCsv : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Csv;

    public static readonly string[] Columns =
    [
        "client", "ring", "control", "verdict", "event_ids", "events", "first_seen", "last_seen", "servers", "users",
        "owner", "device_type", "location", "policy_host", "low_confidence_only",
    ];

    public void Write(TextWriter output, ReadinessReport report)
    {
        output.Write(string.Join(",", Columns));
        output.Write("\r\n");
        foreach (var c in report.Controls)
        {
            foreach (var b in c.Blocking)
            {
                string[] cells =
                [
                    b.Client, c.Ring, c.Control, Formatting.Verdict(c.Verdict), b.EventIds, b.Events.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Formatting.IsoTime(b.FirstSeen), Formatting.IsoTime(b.LastSeen), string.Join("; ", b.Servers), string.Join("; ", b.Users),
                    b.Inventory?.Owner ?? string.Empty, b.Inventory?.DeviceType ?? string.Empty, b.Inventory?.Location ?? string.Empty,
                    b.PolicyHost ?? string.Empty, b.LowConfidenceOnly ? "true" : "false",
                ];
                output.Write(string.Join(",", cells.Select(cell => CsvCell.Escape(cell))));
                output.Write("\r\n");
            }
        }
    }
}
