namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A record with what a worker worked out about it: its class, the channel it counts under and, for an audit event, its
/// typed form; and copies of the few record values the in-order thread needs for deduplication, counts and placing the
/// record in its file, so that thread reads them from the batch array instead of from the record another core wrote.
/// </summary>
internal readonly record struct PreparedEvent(AuditEvent Record, RecordClass Class, string Channel, SmbAuditEvent? Audit)
{
    public string Computer { get; } = Record.Computer;

    /// <summary>The EventRecordID, or -1 when the record carries none (negative ids are not deduplicated either).</summary>
    public long RecordId { get; } = Record.RecordId ?? -1;

    public int EventId { get; } = Record.EventId;

    public bool TimeLacksOffset { get; } = Record.TimeLacksOffset;

    /// <summary>Where the reader found the record, counted from the start of its part.</summary>
    public EventLocation PartLocation { get; } = Record.Location;
}
