using System.Runtime.CompilerServices;
using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads SMB audit events from exports (files or folders; wevtutil XML, Get-WinEvent JSON, Winlogbeat NDJSON, CSV,
/// each optionally gzip-compressed), one record at a time: memory grows with the number of distinct computers,
/// channels and record ids, never with the size of the input. Nothing is fatal: bad files and records are counted
/// and listed in <see cref="Report"/>. One instance is one run: the report and the duplicate detection span all
/// calls made on it. Not thread-safe.
/// </summary>
public sealed class AuditEventReader
{
    private readonly EventReadOptions _options;
    private readonly StringPool _pool = new();
    private readonly ReadReportBuilder _report;
    private readonly DuplicateFilter _duplicates = new();
    private string? _currentFile;
    private FileStream? _currentStream;

    public AuditEventReader(EventReadOptions? options = null)
    {
        _options = options ?? EventReadOptions.Default;
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _report = new ReadReportBuilder(_options.MaxProblemsListed);
    }

    /// <summary>
    /// The file being read and how many of its bytes (as stored, so compressed bytes for gzip) have been consumed;
    /// for progress displays. Read it from the thread that enumerates.
    /// </summary>
    public ReadPosition Position => new(_currentFile, _currentStream is { CanSeek: true } stream ? stream.Position : 0);

    /// <summary>What has been read so far; complete once an enumeration has finished.</summary>
    public ReadReport Report => _report.Build();

    /// <summary>The known SMB audit events of the given files and folders, deduplicated.</summary>
    public IEnumerable<SmbAuditEvent> ReadAudit(IEnumerable<string> paths) => Interpret(ReadAll(paths));

    /// <summary>
    /// The known SMB audit events of one stream (e.g. standard input); <paramref name="name"/> appears in messages.
    /// The stream is read to its end and disposed.
    /// </summary>
    public IEnumerable<SmbAuditEvent> ReadAudit(Stream stream, string name) => Interpret(ReadAll(stream, name));

    /// <summary>Every record of the given files and folders, whatever its channel, deduplicated.</summary>
    public IEnumerable<AuditEvent> ReadAll(IEnumerable<string> paths)
    {
        var found = InputFiles.Expand(paths);
        var problems = 0;
        for (var i = 0; i <= found.Files.Count; i++)
        {
            for (; problems < found.Problems.Count && found.Problems[problems].FilesBefore == i; problems++)
            {
                var problem = found.Problems[problems];
                _report.Problem(ReadProblemKind.UnreadableFile, problem.Path, 0, problem.Reason + ".");
                _report.AddFile(new FileReadSummary(problem.Path, null, false, 0, 0, 0, FileOutcome.Unreadable, problem.Reason));
            }

            if (i == found.Files.Count)
            {
                break;
            }

            var path = found.Files[i].Path;
            _currentFile = path;
            foreach (var record in new FileRead(path, () => OpenFile(path), Context(path), _report).Records())
            {
                if (Keep(record))
                {
                    yield return record;
                }
            }
        }
    }

    /// <summary>Every record of one stream, whatever its channel, deduplicated. The stream is read to its end and disposed.</summary>
    public IEnumerable<AuditEvent> ReadAll(Stream stream, string name) =>
        new FileRead(name, () => stream, Context(name), _report).Records().Where(Keep);

    private FileStream OpenFile(string path) =>
        _currentStream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);

    private ReadContext Context(string file) => new(_options, _pool, _report, file);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Keep(AuditEvent record)
    {
        var channel = AuditEventClassifier.EffectiveChannel(record);
        if (_options.RemoveDuplicates)
        {
            switch (_duplicates.Check(record, channel))
            {
                case DuplicateCheck.Duplicate:
                    _report.DuplicatesRemoved++;
                    return false;
                case DuplicateCheck.NotDeduplicable:
                    _report.NotDeduplicable++;
                    break;
            }
        }

        _report.Count(AuditEventInterpreter.Classify(record), channel, record.EventId);
        if (record.TimeLacksOffset)
        {
            _report.TimesWithoutOffset++;
        }

        return true;
    }

    private IEnumerable<SmbAuditEvent> Interpret(IEnumerable<AuditEvent> records)
    {
        foreach (var record in records)
        {
            var audit = AuditEventInterpreter.Interpret(record);
            if (audit is null)
            {
                continue;
            }

            _report.NoClientName += audit.Client is null ? 1 : 0;
            _report.NoServerName += audit.Server is null ? 1 : 0;
            _report.DataMissing += audit.DataMissing ? 1 : 0;
            _report.FieldsFromMessage += audit.FieldsFromMessage ? 1 : 0;
            yield return audit;
        }
    }
}
