using SmbPolicyCompiler.Cli.Explain;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Reports;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Output;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>
/// The one table from each command's report to its writers, one per format, the first being the command's default.
/// A command's --format offers exactly these (see <see cref="ReportOutput{TReport}"/>).
/// </summary>
internal static class ReportWriters
{
    public static string ToolVersion => typeof(ReportWriters).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static IReadOnlyList<IReportWriter<IReadOnlyList<Diagnostic>>> Diagnostics { get; } =
        [new DiagnosticText(), new DiagnosticJson(), new DiagnosticSarif(ToolVersion)];

    public static IReadOnlyList<IReportWriter<Explanation>> Explanation { get; } = [new ExplainText(), new ExplainJson()];

    public static IReadOnlyList<IReportWriter<RolloutPlan>> Plan { get; } = [new PlanText(), new PlanMarkdown(), new PlanJson()];

    public static IReadOnlyList<IReportWriter<DriftReport>> Drift { get; } =
        [new DriftText(), new DriftJson(), new DriftJUnit(), new DriftSarif(ToolVersion), new DriftMarkdown()];

    public static IReadOnlyList<IReportWriter<ReadinessReport>> Readiness { get; } =
        [new ReadinessText(), new ReadinessJson(), new ReadinessMarkdown(), new ReadinessCsv(), new ReadinessHtml()];
}
