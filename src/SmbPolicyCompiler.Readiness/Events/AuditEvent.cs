namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// One event record as read from any export format, normalised: the System values and the event data as a
/// case-insensitive name → value map. Event data comes from EventData/Data[@Name], UserData/*/* (by local name),
/// Winlogbeat event_data/user_data, CSV field columns or JSON Properties; values without a name (unnamed Data,
/// positional Properties) are stored as param1..paramN in source order and resolved by template when interpreted.
/// </summary>
internal sealed record AuditEvent
{
    /// <summary>The logging machine as written in the export ("" when the export does not say).</summary>
    public required string Computer { get; init; }

    /// <summary>The event log channel, e.g. Microsoft-Windows-SMBServer/Audit ("" when the export does not say).</summary>
    public required string Channel { get; init; }

    /// <summary>The provider name ("" when the export does not say).</summary>
    public required string Provider { get; init; }

    public required int EventId { get; init; }

    /// <summary>System/Version; null when the export does not carry it (admin-made CSV).</summary>
    public int? Version { get; init; }

    /// <summary>System/Level (0 LogAlways, 1 critical ... 5 verbose); null when the export does not carry it.</summary>
    public int? Level { get; init; }

    /// <summary>EventRecordID; null when the export does not carry it (then the record cannot be deduplicated).</summary>
    public long? RecordId { get; init; }

    /// <summary>The time created in UTC; null when absent or unreadable.</summary>
    public DateTime? TimeUtc { get; init; }

    /// <summary>
    /// True when the source time had no offset (culture-formatted local time in CSV, SystemTime without 'Z'):
    /// <see cref="TimeUtc"/> was then computed with the assumed time zone and may be off by hours.
    /// </summary>
    public bool TimeLacksOffset { get; init; }

    public required EventFields Fields { get; init; }

    /// <summary>True when the fields were recovered from the rendered (localised) message text as a last resort.</summary>
    public bool FieldsFromMessage { get; init; }

    public EventLocation Location { get; internal set; }
}
