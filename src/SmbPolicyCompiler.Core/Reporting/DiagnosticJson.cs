using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Diagnostics as JSON: <c>{ "diagnostics": [ { file, line, column, severity, code, message } ] }</c>.</summary>
public sealed class DiagnosticJson : IReportWriter<IReadOnlyList<Diagnostic>>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> report) => ReportJson.Write(
        output,
        new DiagnosticsDocument([.. report.Select(d => new DiagnosticEntry(d.Location.Path, d.Location.Line, d.Location.Column, d.SeverityText, d.Code, d.Message))]),
        CoreReportJsonContext.Default.DiagnosticsDocument);
}

internal sealed record DiagnosticsDocument(IReadOnlyList<DiagnosticEntry> Diagnostics);

internal sealed record DiagnosticEntry(string File, int Line, int Column, string Severity, string Code, string Message);
