namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>Where the event's fields sit: EventData/Data[@Name] (shape A) or UserData/EventData/&lt;Field&gt; (shape B).</summary>
internal enum DataShape
{
    EventData,
    UserData,
}

/// <summary>One SMBServer/Audit record to write: System values and the EventData fields in manifest order.</summary>
internal sealed record SyntheticAuditRecord(
    long RecordId,
    int EventId,
    byte Version,
    DataShape Shape,
    string Computer,
    DateTime TimeUtc,
    IReadOnlyList<(string Name, SubstitutionValue Value, string Rendered)> Fields);
