using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A streaming reader of one export file: returns records one at a time and reports bad ones to its context.</summary>
internal interface IEventRecordReader : IDisposable
{
    /// <summary>The next well-formed record; false at the end of the input (or when the rest cannot be read).</summary>
    bool TryRead([NotNullWhen(true)] out AuditEvent? record);

    /// <summary>Set when the reader found the file is not an export it can read (e.g. a CSV without an event id column).</summary>
    string? NotEventReason => null;

    /// <summary>Records begun so far (the ordinal of the last one), broken ones included; needed by readers of split formats.</summary>
    long RecordsBegun => 0;

    /// <summary>Events read whole so far.</summary>
    long EventsCompleted => RecordsBegun;
}
