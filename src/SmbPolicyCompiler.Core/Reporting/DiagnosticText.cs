using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Diagnostics for people and editors: one per line, compiler style (<c>path(line,col): error CODE: message</c>).</summary>
public sealed class DiagnosticText : IReportWriter<IReadOnlyList<Diagnostic>>
{
    public ReportFormat Format => ReportFormat.Text;

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> report)
    {
        foreach (var diagnostic in report)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }
}
