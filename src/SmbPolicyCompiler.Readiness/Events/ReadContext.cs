namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What a format reader needs besides its input: the options, the shared string pool and where problems go.</summary>
internal sealed class ReadContext(EventReadOptions options, StringPool pool, ReadReportBuilder report, string file)
{
    public EventReadOptions Options { get; } = options;

    public StringPool Pool { get; } = pool;

    public string File { get; } = file;

    private readonly List<(ReadProblemKind Kind, long Line, string Message)> _held = [];
    private bool _holding;

    public void Problem(ReadProblemKind kind, long line, string message)
    {
        if (_holding)
        {
            _held.Add((kind, line, message));
        }
        else
        {
            report.Problem(kind, File, line, message);
        }
    }

    /// <summary>Keeps the problems reported from now on until they are released (the try went through) or discarded (it will be read again).</summary>
    public void HoldProblems()
    {
        _held.Clear();
        _holding = true;
    }

    public void ReleaseHeldProblems()
    {
        _holding = false;
        foreach (var (kind, line, message) in _held)
        {
            report.Problem(kind, File, line, message);
        }

        _held.Clear();
    }

    public void DiscardHeldProblems()
    {
        _holding = false;
        _held.Clear();
    }
}
