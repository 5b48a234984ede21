using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Diagnostics as SARIF 2.1.0 for pull-request annotations; the rules are the front end's and the rules' codes.</summary>
public sealed class DiagnosticSarif(string toolVersion) : IReportWriter<IReadOnlyList<Diagnostic>>
{
    public ReportFormat Format => ReportFormat.Sarif;

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> report)
    {
        var rules = DiagnosticCatalogue.All.Where(d => d.Stage is DiagnosticStage.Input or DiagnosticStage.Rules).Select(d => new SarifRule(d.Code, d.Title));
        var results = report.Select(d => new SarifResult(d.Code, SarifWriter.Level(d.Severity), d.Message, d.Location.Path, d.Location.Line, d.Location.Column));
        SarifWriter.Write(output, toolVersion, rules, results);
    }
}
