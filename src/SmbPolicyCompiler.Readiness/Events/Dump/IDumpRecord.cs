namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>A record as the dump writers see it, whichever reader produced it (no copy of its text is needed).</summary>
internal interface IDumpRecord
{
    long? RecordId { get; }

    DateTime? TimeUtc { get; }

    ReadOnlySpan<char> Provider { get; }

    ReadOnlySpan<char> Channel { get; }

    ReadOnlySpan<char> Computer { get; }

    int EventId { get; }

    int? Version { get; }

    int? Level { get; }

    int FieldCount { get; }

    string FieldName(int index);

    ReadOnlySpan<char> FieldValue(int index);
}
