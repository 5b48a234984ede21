namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What went wrong while reading; none of these stops the run.</summary>
public enum ReadProblemKind
{
    /// <summary>The path does not exist or could not be opened or read.</summary>
    UnreadableFile,

    /// <summary>The file is not an event export this reader knows (garbage, binary .evtx, zip, unknown CSV).</summary>
    NotAnEventFile,

    /// <summary>The file holds no records at all.</summary>
    EmptyFile,

    /// <summary>The file holds events, but none from an SMB audit channel (e.g. an Operational or Security export).</summary>
    OtherChannelFile,

    /// <summary>One record could not be read and was skipped (bad XML/JSON/CSV, no event id, ...).</summary>
    MalformedRecord,

    /// <summary>The file ends inside a record: the complete records before it were kept, the broken tail skipped.</summary>
    TruncatedFile,

    /// <summary>A field value exceeded the size limit and was cut to it.</summary>
    FieldTooLong,

    /// <summary>An event had more fields than the limit; the extra fields were ignored.</summary>
    TooManyFields,

    /// <summary>A time value could not be read; the record was kept without a time.</summary>
    UnreadableTime,

    /// <summary>
    /// Part of an .evtx file is damaged (bad chunk signature, checksum mismatch, a record outside its chunk or broken,
    /// a truncated file): that part was skipped or is doubtful, the rest of the file was read.
    /// </summary>
    EvtxDamage,

    /// <summary>An .evtx file was not closed cleanly (copied while the log was open): its header is stale, so every chunk was read.</summary>
    EvtxDirty,
}
