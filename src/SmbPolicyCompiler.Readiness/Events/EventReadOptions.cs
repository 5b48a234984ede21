namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>How to read event exports. The defaults suit every supported format; CSV may need a map or a culture.</summary>
public sealed record EventReadOptions
{
    public static EventReadOptions Default { get; } = new();

    /// <summary>Forces one format for every file instead of detecting it from the content.</summary>
    public EventInputFormat Format { get; init; } = EventInputFormat.Auto;

    public XmlEngine XmlEngine { get; init; } = XmlEngine.Fast;

    /// <summary>Remove records seen before with the same computer, channel and record id (overlapping exports).</summary>
    public bool RemoveDuplicates { get; init; } = true;

    /// <summary>CSV column → target, case-insensitive: a field name (ClientName) or TimeCreated, Id, Version,
    /// MachineName, RecordId, LogName, ProviderName, Message, or "-" to ignore the column. See <see cref="CsvColumnMap"/>.</summary>
    public IReadOnlyDictionary<string, string> CsvColumns { get; init; } = new Dictionary<string, string>();

    /// <summary>The culture whose date format CSV times use (e.g. de-DE); null tries the common ones in turn.</summary>
    public string? CsvCulture { get; init; }

    /// <summary>Explicit .NET date formats for CSV times, tried before the culture's.</summary>
    public IReadOnlyList<string> CsvTimeFormats { get; init; } = [];

    /// <summary>The zone that times without an offset are in (CSV local times). Such records are flagged either way.</summary>
    public TimeZoneInfo AssumedTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Longest field value kept (characters); longer values are cut and reported.</summary>
    public int MaxFieldChars { get; init; } = 32 * 1024;

    /// <summary>Most fields kept per event; further fields are ignored and reported.</summary>
    public int MaxFieldsPerEvent { get; init; } = 512;

    /// <summary>Largest single XML tag or JSON event object (bytes or characters) held in memory.</summary>
    public int MaxRecordSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Threads that parse files (and parts of large ones) while the records are taken in order.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Large uncompressed UTF-8 XML and NDJSON files are read in parts of about this many bytes; 0 reads every file whole.</summary>
    public long PartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How many problems the report lists in full (all are counted).</summary>
    public int MaxProblemsListed { get; init; } = 1000;

    /// <summary>Problems with these options, in words for the user; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (CsvCulture is not null && !CsvTimeFormatTable.IsKnown(CsvCulture))
        {
            errors.Add($"Unknown CSV culture '{CsvCulture}'. Known: {string.Join(", ", CsvTimeFormatTable.Cultures)}; or give the date format itself.");
        }

        foreach (var target in CsvColumns.Values)
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                errors.Add("A CSV column map entry has no target; write column=Field.");
            }
        }

        if (MaxFieldChars < 256 || MaxFieldsPerEvent < 16 || MaxRecordSize < 64 * 1024 || MaxProblemsListed < 0 || Workers < 1 || PartBytes < 0)
        {
            errors.Add("Limits are too small: MaxFieldChars >= 256, MaxFieldsPerEvent >= 16, MaxRecordSize >= 65536, Workers >= 1.");
        }

        return errors;
    }
}
