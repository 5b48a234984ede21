using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>SARIF: drifted settings as errors, unknown as notes, each placed at the policy line that set the expectation.</summary>
public static class DriftSarif
{
    public static void Write(Stream output, string version, DriftReport report)
    {
        var rules = new[]
        {
            new SarifRule("SMBDRIFT001", "A live setting differs from the policy"),
            new SarifRule("SMBDRIFT002", "A live setting could not be read"),
        };
        var results = report.Findings.Where(f => f.Status != DriftStatus.Compliant).Select(f => new SarifResult(
            f.Status == DriftStatus.Drifted ? "SMBDRIFT001" : "SMBDRIFT002",
            f.Status == DriftStatus.Drifted ? "error" : "note",
            $"{f.Host}: {f.Setting} ({f.Control} {f.Stage}) expected {f.Expected}, actual {f.Actual} [{f.Source}]: {f.Detail}",
            f.DecidedBy?.Location.Path,
            f.DecidedBy?.Location.Line ?? 0,
            f.DecidedBy?.Location.Column ?? 0));
        SarifWriter.Write(output, "smbpol", version, rules, results);
    }
}
