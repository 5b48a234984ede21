namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What a format reader needs besides its input: the options, the shared string pool and where problems go.</summary>
internal sealed class ReadContext(EventReadOptions options, StringPool pool, ReadReportBuilder report, string file)
{
    public EventReadOptions Options { get; } = options;

    public StringPool Pool { get; } = pool;

    public string File { get; } = file;

    public void Problem(ReadProblemKind kind, long line, string message) => report.Problem(kind, File, line, message);
}
