using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads SMB audit events from exports (files or folders; wevtutil XML, Get-WinEvent JSON, Winlogbeat NDJSON, CSV,
/// each optionally gzip-compressed), one record at a time: memory grows with the number of distinct computers,
/// channels and record ids, never with the size of the input. Files are parsed on every core (large XML and NDJSON files
/// in parts, <see cref="ReadPlan"/>) while this reader takes their records in order, so duplicates, counts and problems
/// are exactly those of reading one file after another. Nothing is fatal: bad files and records are counted and listed in
/// <see cref="Report"/>. One instance is one run: the report and the duplicate detection span all calls made on it.
/// Not thread-safe.
/// </summary>
internal sealed class AuditEventReader
{
    private readonly EventReadOptions _options;
    private readonly ReadReportBuilder _report;
    private readonly DuplicateFilter _duplicates = new();
    private readonly OrderedRead _ordered;

    public AuditEventReader(EventReadOptions? options = null)
    {
        _options = options ?? EventReadOptions.Default;
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _report = new ReadReportBuilder(_options.MaxProblemsListed);
        _ordered = new OrderedRead(_options, _report);
    }

    /// <summary>
    /// The file being read and how many of its bytes (as stored, so compressed bytes for gzip) have been read; for
    /// progress displays. Read it from the thread that enumerates.
    /// </summary>
    public ReadPosition Position => _ordered.Current is { } part ? new(part.Part.File, part.Part.Start + part.BytesRead) : new(null, 0);

    /// <summary>What has been read so far; complete once an enumeration has finished.</summary>
    public ReadReport Report => _report.Build();

    /// <summary>The known SMB audit events of the given files and folders, deduplicated.</summary>
    public IEnumerable<SmbAuditEvent> ReadAudit(IEnumerable<string> paths)
    {
        var (parts, problems) = Plan(paths);
        return Audit(parts, problems);
    }

    /// <summary>
    /// The known SMB audit events of one stream (e.g. standard input); <paramref name="name"/> appears in messages.
    /// The stream is read to its end and disposed.
    /// </summary>
    public IEnumerable<SmbAuditEvent> ReadAudit(Stream stream, string name) => Audit([ReadPart.Whole(name, () => stream)], []);

    /// <summary>Every record of the given files and folders, whatever its channel, deduplicated.</summary>
    public IEnumerable<AuditEvent> ReadAll(IEnumerable<string> paths)
    {
        var (parts, problems) = Plan(paths);
        return All(parts, problems);
    }

    /// <summary>Every record of one stream, whatever its channel, deduplicated. The stream is read to its end and disposed.</summary>
    public IEnumerable<AuditEvent> ReadAll(Stream stream, string name) => All([ReadPart.Whole(name, () => stream)], []);

    private (IEnumerable<ReadPart> Parts, IReadOnlyList<InputPathProblem> Problems) Plan(IEnumerable<string> paths)
    {
        var found = InputFiles.Expand(paths);
        return (found.Files.SelectMany(f => ReadPlan.Parts(f.Path, () => OpenFile(f.Path), _options)), found.Problems);
    }

    /// <summary>One loop over the batches rather than an iterator per stage: this runs once per event on the one in-order thread.</summary>
    private IEnumerable<SmbAuditEvent> Audit(IEnumerable<ReadPart> parts, IReadOnlyList<InputPathProblem> pathProblems)
    {
        var badPaths = new PathProblemListing(pathProblems, _report);
        foreach (var batch in _ordered.Batches(parts, badPaths.Before))
        {
            var events = batch.Array!;
            for (var i = 0; i < batch.Count; i++)
            {
                if (Keep(in events[i]) && events[i].Audit is { } audit)
                {
                    _report.NoClientName += audit.Client is null ? 1 : 0;
                    _report.NoServerName += audit.Server is null ? 1 : 0;
                    _report.DataMissing += audit.DataMissing ? 1 : 0;
                    _report.FieldsFromMessage += audit.FieldsFromMessage ? 1 : 0;
                    yield return audit;
                }
            }
        }

        badPaths.Before(int.MaxValue);
    }

    private IEnumerable<AuditEvent> All(IEnumerable<ReadPart> parts, IReadOnlyList<InputPathProblem> pathProblems)
    {
        var badPaths = new PathProblemListing(pathProblems, _report);
        foreach (var batch in _ordered.Batches(parts, badPaths.Before))
        {
            var events = batch.Array!;
            for (var i = 0; i < batch.Count; i++)
            {
                if (Keep(in events[i]))
                {
                    yield return events[i].Record;
                }
            }
        }

        badPaths.Before(int.MaxValue);
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);

    private bool Keep(in PreparedEvent prepared)
    {
        if (_options.RemoveDuplicates)
        {
            switch (_duplicates.Check(prepared.Computer, prepared.RecordId, prepared.Channel))
            {
                case DuplicateCheck.Duplicate:
                    _report.DuplicatesRemoved++;
                    return false;
                case DuplicateCheck.NotDeduplicable:
                    _report.NotDeduplicable++;
                    break;
            }
        }

        _report.Count(prepared.Class, prepared.Channel, prepared.EventId);
        if (prepared.TimeLacksOffset)
        {
            _report.TimesWithoutOffset++;
        }

        return true;
    }
}
