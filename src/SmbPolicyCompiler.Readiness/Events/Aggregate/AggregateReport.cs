namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// What the aggregate reader saw, kept as the event reader keeps it (files, events per id, unknown ids, bad rows with
/// their line) so that <see cref="MergeInto"/> can add it to the event reader's report: one input section for a run
/// that read both kinds of file. Events are counted by the rows' Count, rows as records.
/// </summary>
internal sealed class AggregateReport(int maxProblemsListed)
{
    private readonly List<FileReadSummary> _files = [];
    private readonly List<ReadProblem> _problems = [];
    private readonly SortedDictionary<int, long> _eventsById = [];
    private readonly SortedDictionary<int, long> _unknownById = [];
    private long _rows;
    private long _badRows;
    private long _problemsNotListed;
    private long _noClient;
    private long _noServer;

    public void Problem(ReadProblemKind kind, string file, long line, string message)
    {
        _badRows += kind is ReadProblemKind.MalformedRecord or ReadProblemKind.TruncatedFile ? 1 : 0;
        if (_problems.Count < maxProblemsListed)
        {
            _problems.Add(new ReadProblem(kind, file, line, message));
        }
        else
        {
            _problemsNotListed++;
        }
    }

    public void Row(in AggregateRow row)
    {
        _rows++;
        _eventsById[row.Kind.Id] = _eventsById.GetValueOrDefault(row.Kind.Id) + row.Count;
        _noClient += row.Client is null ? row.Count : 0;
        _noServer += row.Server is null ? row.Count : 0;
    }

    public void UnknownRow(int eventId, long count)
    {
        _rows++;
        _unknownById[eventId] = _unknownById.GetValueOrDefault(eventId) + count;
    }

    public void AddFile(FileReadSummary summary) => _files.Add(summary);

    public ReadReport MergeInto(ReadReport events) => events with
    {
        Files = [.. events.Files, .. _files],
        RecordsRead = events.RecordsRead + _rows,
        AuditEventsById = [.. events.AuditEventsById.Concat(_eventsById).GroupBy(p => p.Key).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Sum(p => p.Value)))],
        UnknownEvents = [.. events.UnknownEvents, .. _unknownById.Select(p => new EventCount(string.Empty, p.Key, p.Value))],
        MalformedRecords = events.MalformedRecords + _badRows,
        NoClientName = events.NoClientName + _noClient,
        NoServerName = events.NoServerName + _noServer,
        Problems = [.. events.Problems, .. _problems],
        ProblemsNotListed = events.ProblemsNotListed + _problemsNotListed,
    };
}
