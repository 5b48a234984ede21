namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Everything the reader saw, so that nothing is dropped silently. Every parsed record is counted exactly once in
/// <see cref="DuplicatesRemoved"/>, <see cref="AuditEventsById"/>, <see cref="UnknownEvents"/> or
/// <see cref="OtherChannelEvents"/>; records that could not be parsed are in <see cref="MalformedRecords"/>.
/// Duplicates are recognised by (computer, channel, EventRecordID), compared case-insensitively, across all files.
/// </summary>
public sealed record ReadReport
{
    public required IReadOnlyList<FileReadSummary> Files { get; init; }

    /// <summary>Records parsed from all files, duplicates included.</summary>
    public required long RecordsRead { get; init; }

    public required long DuplicatesRemoved { get; init; }

    /// <summary>Records that could not take part in deduplication (no record id or no computer in the export).</summary>
    public required long NotDeduplicable { get; init; }

    /// <summary>Known SMB audit events kept after deduplication, per event id (ascending).</summary>
    public required IReadOnlyList<KeyValuePair<int, long>> AuditEventsById { get; init; }

    /// <summary>Unknown event ids in audit channels (or with no channel recorded), after deduplication.</summary>
    public required IReadOnlyList<EventCount> UnknownEvents { get; init; }

    /// <summary>Events of other channels, per channel and id, after deduplication.</summary>
    public required IReadOnlyList<EventCount> OtherChannelEvents { get; init; }

    /// <summary>Records skipped because they could not be read (listed among the problems up to the limit).</summary>
    public required long MalformedRecords { get; init; }

    /// <summary>Damaged places in .evtx files (a chunk, a record or a range of records skipped or doubtful; see the problems).</summary>
    public long EvtxDamage { get; init; }

    /// <summary>Audit events whose client name is missing or unusable (they are still returned, with Client null).</summary>
    public required long NoClientName { get; init; }

    /// <summary>Audit events whose server name is missing or unusable (they are still returned, with Server null).</summary>
    public required long NoServerName { get; init; }

    /// <summary>Audit events with no event data at all (e.g. Properties truncated by ConvertTo-Json and no usable message).</summary>
    public required long DataMissing { get; init; }

    /// <summary>Audit events whose fields were recovered from the localised message text.</summary>
    public required long FieldsFromMessage { get; init; }

    /// <summary>Records whose time had no offset and was converted with the assumed time zone.</summary>
    public required long TimesWithoutOffset { get; init; }

    /// <summary>The first problems, in the order met (at most <see cref="EventReadOptions.MaxProblemsListed"/>).</summary>
    public required IReadOnlyList<ReadProblem> Problems { get; init; }

    /// <summary>Problems counted but not listed because the list was full.</summary>
    public required long ProblemsNotListed { get; init; }

    public long AuditEvents => AuditEventsById.Sum(p => p.Value);
}
