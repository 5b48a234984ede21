namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// Writes one kind of report in one format: one sealed class per format, as PSRule's output writers. Where the
/// text goes (stdout or a file written atomically) is decided once, by the CLI.
/// </summary>
public interface IReportWriter<in TReport>
{
    ReportFormat Format { get; }

    void Write(TextWriter output, TReport report);
}
