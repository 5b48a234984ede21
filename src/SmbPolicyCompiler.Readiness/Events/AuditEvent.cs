namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// One event record as read from any export format, normalised: the System values and the event data as a
/// case-insensitive name → value map. Event data comes from EventData/Data[@Name], UserData/*/* (by local name),
/// Winlogbeat event_data/user_data, CSV field columns or JSON Properties; values without a name (unnamed Data,
/// positional Properties) are stored as param1..paramN in source order and resolved by template when interpreted.
/// </summary>
internal sealed record AuditEvent
{
    private const int HasVersion = 0;
    private const int HasLevel = 1;
    private const int HasRecordId = 2;
    private const int HasTime = 3;
    private const int TimeLacksOffsetBit = 4;
    private const int FromMessageBit = 5;
    private PackedFlags _flags;
    private int _version;
    private int _level;
    private long _recordId;
    private DateTime _time;

    /// <summary>The logging machine as written in the export ("" when the export does not say).</summary>
    public required string Computer { get; init; }

    /// <summary>The event log channel, e.g. Microsoft-Windows-SMBServer/Audit ("" when the export does not say).</summary>
    public required string Channel { get; init; }

    /// <summary>The provider name ("" when the export does not say).</summary>
    public required string Provider { get; init; }

    public required int EventId { get; init; }

    /// <summary>System/Version; null when the export does not carry it (admin-made CSV).</summary>
    public int? Version
    {
        get => _flags.ValueIf(HasVersion, _version);
        init => _version = _flags.Store(HasVersion, value);
    }

    /// <summary>System/Level (0 LogAlways, 1 critical ... 5 verbose); null when the export does not carry it.</summary>
    public int? Level
    {
        get => _flags.ValueIf(HasLevel, _level);
        init => _level = _flags.Store(HasLevel, value);
    }

    /// <summary>EventRecordID; null when the export does not carry it (then the record cannot be deduplicated).</summary>
    public long? RecordId
    {
        get => _flags.ValueIf(HasRecordId, _recordId);
        init => _recordId = _flags.Store(HasRecordId, value);
    }

    /// <summary>The time created in UTC; null when absent or unreadable.</summary>
    public DateTime? TimeUtc
    {
        get => _flags.ValueIf(HasTime, _time);
        init => _time = _flags.Store(HasTime, value);
    }

    /// <summary>
    /// True when the source time had no offset (culture-formatted local time in CSV, SystemTime without 'Z'):
    /// <see cref="TimeUtc"/> was then computed with the assumed time zone and may be off by hours.
    /// </summary>
    public bool TimeLacksOffset { get => _flags.IsSet(TimeLacksOffsetBit); init => _flags.Set(TimeLacksOffsetBit, value); }

    public required EventFields Fields { get; init; }

    /// <summary>True when the fields were recovered from the rendered (localised) message text as a last resort.</summary>
    public bool FieldsFromMessage { get => _flags.IsSet(FromMessageBit); init => _flags.Set(FromMessageBit, value); }

    public EventLocation Location { get; internal set; }
}
