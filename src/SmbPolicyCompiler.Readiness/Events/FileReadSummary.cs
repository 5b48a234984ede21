namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What was read from one file. Records counts every record parsed, before duplicates are removed.</summary>
public sealed record FileReadSummary(
    string Path,
    EventInputFormat? Format,
    bool Compressed,
    long Records,
    long AuditRecords,
    long MalformedRecords,
    FileOutcome Outcome,
    string? Note);
