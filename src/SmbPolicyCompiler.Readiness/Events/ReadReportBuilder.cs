using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Collects the counts and problems of one read run; <see cref="Build"/> takes an immutable, sorted snapshot.</summary>
internal sealed class ReadReportBuilder(int maxProblemsListed)
{
    private readonly List<ReadProblem> _problems = [];
    private readonly List<FileReadSummary> _files = [];
    private readonly Dictionary<int, long> _auditById = [];
    private readonly Dictionary<string, Dictionary<int, long>> _unknown = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<int, long>> _other = new(StringComparer.OrdinalIgnoreCase);
    private long _problemsNotListed;

    public long RecordsRead { get; set; }

    public long DuplicatesRemoved { get; set; }

    public long NotDeduplicable { get; set; }

    public long MalformedRecords { get; set; }

    public long NoClientName { get; set; }

    public long NoServerName { get; set; }

    public long DataMissing { get; set; }

    public long FieldsFromMessage { get; set; }

    public long TimesWithoutOffset { get; set; }

    public long EvtxDamage { get; set; }

    public void Problem(ReadProblem problem)
    {
        Tally(problem.Kind, 1);
        if (_problems.Count < maxProblemsListed)
        {
            _problems.Add(problem);
        }
        else
        {
            _problemsNotListed++;
        }
    }

    /// <summary>Problems a part counted but did not keep (beyond the listing limit there too).</summary>
    public void Unlisted(ReadProblemKind kind, long count)
    {
        Tally(kind, count);
        _problemsNotListed += count;
    }

    private void Tally(ReadProblemKind kind, long count)
    {
        if (ReadContext.IsMalformed(kind))
        {
            MalformedRecords += count;
        }
        else if (kind == ReadProblemKind.EvtxDamage)
        {
            EvtxDamage += count;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(RecordClass recordClass, string channel, int eventId)
    {
        switch (recordClass)
        {
            case RecordClass.Audit:
                _auditById[eventId] = _auditById.GetValueOrDefault(eventId) + 1;
                break;
            case RecordClass.UnknownAuditEvent:
                Increment(_unknown, channel, eventId);
                break;
            default:
                Increment(_other, channel, eventId);
                break;
        }
    }

    public void AddFile(FileReadSummary summary) => _files.Add(summary);

    public ReadReport Build() => new()
    {
        Files = [.. _files],
        RecordsRead = RecordsRead,
        DuplicatesRemoved = DuplicatesRemoved,
        NotDeduplicable = NotDeduplicable,
        AuditEventsById = [.. _auditById.OrderBy(p => p.Key)],
        UnknownEvents = Flatten(_unknown),
        OtherChannelEvents = Flatten(_other),
        MalformedRecords = MalformedRecords,
        EvtxDamage = EvtxDamage,
        NoClientName = NoClientName,
        NoServerName = NoServerName,
        DataMissing = DataMissing,
        FieldsFromMessage = FieldsFromMessage,
        TimesWithoutOffset = TimesWithoutOffset,
        Problems = [.. _problems],
        ProblemsNotListed = _problemsNotListed,
    };

    private static void Increment(Dictionary<string, Dictionary<int, long>> counts, string channel, int eventId)
    {
        if (!counts.TryGetValue(channel, out var byId))
        {
            byId = [];
            counts.Add(channel, byId);
        }

        byId[eventId] = byId.GetValueOrDefault(eventId) + 1;
    }

    private static List<EventCount> Flatten(Dictionary<string, Dictionary<int, long>> counts) =>
    [
        .. counts.SelectMany(c => c.Value.Select(p => new EventCount(c.Key, p.Key, p.Value)))
            .OrderBy(c => c.Channel, StringComparer.Ordinal)
            .ThenBy(c => c.EventId),
    ];
}
