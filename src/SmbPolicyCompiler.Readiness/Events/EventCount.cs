namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>How many records of one event id in one channel ("" = the export did not record the channel).</summary>
public sealed record EventCount(string Channel, int EventId, long Count);
