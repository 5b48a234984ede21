using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>
/// SARIF: drifted settings as errors and unknown ones as warnings, each placed at the policy line that set the
/// expectation; unmanaged hosts as notes; unreadable input as warnings without a place. Settings the sources cannot
/// see are left out.
/// </summary>
public sealed class DriftSarif(string toolVersion) : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.Sarif;

    public void Write(TextWriter output, DriftReport report)
    {
        var rules = DiagnosticCatalogue.Of(DiagnosticStage.Drift).Select(d => new SarifRule(d.Code, d.Title));
        var results = DriftText.Problems(report).Select(f => Result(RuleOf(f.Status), Message(f), f.DecidedBy?.Location))
            .Concat(report.Notes.Select(n => Result(DiagnosticCatalogue.DriftInputUnreadable, n, null)));
        SarifWriter.Write(output, toolVersion, rules, results);
    }

    private static DiagnosticDescriptor RuleOf(DriftStatus status) => status switch
    {
        DriftStatus.Drifted => DiagnosticCatalogue.Drifted,
        DriftStatus.Unknown => DiagnosticCatalogue.DriftUnknown,
        _ => DiagnosticCatalogue.Unmanaged,
    };

    private static SarifResult Result(DiagnosticDescriptor rule, string message, SourceLocation? at) =>
        new(rule.Code, SarifWriter.Level(rule.Severity), message, at?.Path, at?.Line ?? 0, at?.Column ?? 0);

    private static string Message(DriftFinding f) => f.Status == DriftStatus.Unmanaged
        ? $"{f.Host}: {f.Detail} [{f.Source}: {f.Actual}]"
        : $"{f.Host}: {f.Setting} ({f.Control} {f.Stage}, expected by {DriftText.ExpectedBy(f)}) expected {f.Expected}, actual {f.Actual} [{f.Source}]: {f.Detail}";
}
