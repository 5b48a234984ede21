using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A file the event readers must not read (e.g. a readiness aggregate): no records, and the reason.</summary>
internal sealed class NotEventsReader(string reason) : IEventRecordReader
{
    public string? NotEventReason => reason;

    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        return false;
    }

    public void Dispose()
    {
    }
}
