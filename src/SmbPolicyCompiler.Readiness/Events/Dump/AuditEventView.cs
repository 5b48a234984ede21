namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>An <see cref="AuditEvent"/> (from any text export) seen as a dump record.</summary>
internal sealed class AuditEventView : IDumpRecord
{
    private AuditEvent _event = null!;

    public long? RecordId => _event.RecordId;

    public DateTime? TimeUtc => _event.TimeUtc;

    public ReadOnlySpan<char> Provider => _event.Provider;

    public ReadOnlySpan<char> Channel => _event.Channel;

    public ReadOnlySpan<char> Computer => _event.Computer;

    public int EventId => _event.EventId;

    public int? Version => _event.Version;

    public int? Level => _event.Level;

    public int FieldCount => _event.Fields.Count;

    public AuditEventView Of(AuditEvent record)
    {
        _event = record;
        return this;
    }

    public string FieldName(int index) => _event.Fields.NameAt(index);

    public ReadOnlySpan<char> FieldValue(int index) => _event.Fields.ValueAt(index);
}
