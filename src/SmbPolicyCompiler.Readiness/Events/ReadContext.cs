namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// What a format reader needs besides its input: the options, the string pool of its thread, and where its problems go —
/// drafts that the part's owner places in the file (<see cref="ProblemDraft"/>), so that parts of a file can be read at once.
/// </summary>
internal sealed class ReadContext(EventReadOptions options, StringPool pool, string file)
{
    private readonly List<ProblemDraft> _problems = [];
    private readonly Dictionary<ReadProblemKind, long> _unlisted = [];
    private int _held = -1;

    public EventReadOptions Options { get; } = options;

    public StringPool Pool { get; } = pool;

    public string File { get; } = file;

    public IReadOnlyList<ProblemDraft> Problems => _problems;

    /// <summary>Malformed or cut-off records reported so far.</summary>
    public long Malformed { get; private set; }

    /// <summary>Problems beyond <see cref="EventReadOptions.MaxProblemsListed"/>, by kind: counted, not kept.</summary>
    public IReadOnlyDictionary<ReadProblemKind, long> Unlisted => _unlisted;

    public void Problem(ReadProblemKind kind, long line, string message) => Add(new ProblemDraft(kind, line, message, []));

    /// <summary>A problem whose message holds part-relative numbers (<see cref="PartLine"/>, <see cref="PartRecord"/>, <see cref="PartCompleted"/>).</summary>
    public void ProblemAt(ReadProblemKind kind, long line, FormattableString message) =>
        Add(new ProblemDraft(kind, line, message.Format, message.GetArguments()));

    /// <summary>Keeps the problems reported from now on until they are released (the try went through) or discarded (it will be read again).</summary>
    public void HoldProblems() => _held = _problems.Count;

    public void ReleaseHeldProblems()
    {
        if (_problems.Count == _held)
        {
            // Nearly every record reports nothing: no copy of an empty range per record.
            _held = -1;
            return;
        }

        var held = _problems.GetRange(_held, _problems.Count - _held);
        _problems.RemoveRange(_held, held.Count);
        _held = -1;
        foreach (var problem in held)
        {
            Add(problem);
        }
    }

    public void DiscardHeldProblems()
    {
        _problems.RemoveRange(_held, _problems.Count - _held);
        _held = -1;
    }

    public static bool IsMalformed(ReadProblemKind kind) => kind is ReadProblemKind.MalformedRecord or ReadProblemKind.TruncatedFile;

    private void Add(ProblemDraft problem)
    {
        if (_held >= 0)
        {
            _problems.Add(problem);
            return;
        }

        Malformed += IsMalformed(problem.Kind) ? 1 : 0;
        if (_problems.Count < Options.MaxProblemsListed)
        {
            _problems.Add(problem);
        }
        else
        {
            _unlisted[problem.Kind] = _unlisted.GetValueOrDefault(problem.Kind) + 1;
        }
    }
}
