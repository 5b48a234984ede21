namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A record with what a worker worked out about it: its class, the channel it counts under and, for an audit event, its typed form.</summary>
internal readonly record struct PreparedEvent(AuditEvent Record, RecordClass Class, string Channel, SmbAuditEvent? Audit);
