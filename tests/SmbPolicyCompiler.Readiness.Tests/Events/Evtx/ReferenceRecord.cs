namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>A record as an independent reader rendered it, reduced to what the comparison looks at.</summary>
internal sealed record ReferenceRecord(
    long? RecordId,
    string? Time,
    string? EventId,
    string Computer,
    string Channel,
    string Provider,
    IReadOnlyList<(string? Name, string Value)> Data);
