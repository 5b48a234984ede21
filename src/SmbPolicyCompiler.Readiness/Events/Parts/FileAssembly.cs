namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Puts the parts of one file back together, in order, on the reader's thread: places each part's problems and record
/// locations in the file, adds up its counts and, after the last part, writes the file's summary — the same report
/// as reading the file in one go.
/// </summary>
internal sealed class FileAssembly(string file, ReadReportBuilder report)
{
    private readonly SortedSet<string> _otherChannels = new(StringComparer.OrdinalIgnoreCase);
    private PartOffsets _offsets;
    private long _records;
    private long _auditRecords;
    private long _otherRecords;
    private long _malformed;
    private PartRead? _first;
    private string? _notEventReason;

    /// <summary>How far this part's lines and counts are from the file's start (zero for the first part).</summary>
    public PartOffsets Offsets => _offsets;

    public void Add(PartRead part)
    {
        _first ??= part;
        foreach (var problem in part.Context.Problems)
        {
            report.Problem(problem.Place(file, _offsets));
        }

        foreach (var (kind, count) in part.Context.Unlisted.OrderBy(u => u.Key))
        {
            report.Unlisted(kind, count);
        }
        _malformed += part.Context.Malformed;
        _records += part.Records;
        _auditRecords += part.AuditRecords;
        _otherRecords += part.OtherRecords;
        report.RecordsRead += part.Records;
        foreach (var channel in part.OtherChannels)
        {
            if (_otherChannels.Count < 5)
            {
                _otherChannels.Add(channel);
            }
        }

        _notEventReason ??= part.NotEventReason;
        var (lines, records, completed) = part.Extent;
        _offsets = _offsets.After(lines, records, completed);
    }

    public void Finish()
    {
        var first = _first!;
        if (first.OpenError is { } error)
        {
            report.Problem(new ReadProblem(ReadProblemKind.UnreadableFile, file, 0, $"cannot be read: {error}"));
            report.AddFile(new FileReadSummary(file, null, false, 0, 0, 0, FileOutcome.Unreadable, error));
        }
        else if (first.Format is null)
        {
            Summarise(first.Empty ? FileOutcome.Empty : FileOutcome.NotAnEventFile, _notEventReason ?? "the file is empty");
        }
        else if (_notEventReason is not null)
        {
            Summarise(FileOutcome.NotAnEventFile, _notEventReason);
        }
        else if (_records == 0)
        {
            Summarise(FileOutcome.Empty, _malformed > 0 ? "no readable records" : "no records");
        }
        else if (_otherRecords == _records)
        {
            var channels = string.Join(", ", _otherChannels);
            report.Problem(new ReadProblem(ReadProblemKind.OtherChannelFile, file, 0,
                $"holds no SMB audit events, only events of {channels}; export Microsoft-Windows-SMBServer/Audit (or SMBClient/Audit) instead."));
            Summarise(FileOutcome.OtherChannelOnly, channels);
        }
        else
        {
            Summarise(FileOutcome.Read, null);
        }
    }

    private void Summarise(FileOutcome outcome, string? note)
    {
        if (outcome == FileOutcome.NotAnEventFile)
        {
            report.Problem(new ReadProblem(ReadProblemKind.NotAnEventFile, file, 0, note + "."));
        }
        else if (outcome == FileOutcome.Empty && _malformed == 0)
        {
            report.Problem(new ReadProblem(ReadProblemKind.EmptyFile, file, 0, "holds no event records."));
        }

        var first = _first!;
        report.AddFile(new FileReadSummary(file, first.Format, first.Compressed, _records, _auditRecords, _malformed, outcome, note));
    }
}
