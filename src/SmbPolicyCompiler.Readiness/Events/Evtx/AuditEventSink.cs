using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>Turns the records of one chunk into <see cref="AuditEvent"/>s on the decoding thread, reporting what the XML path would.</summary>
internal sealed class AuditEventSink(string file, EventReadOptions options) : EvtxChunkSink
{
    public List<AuditEvent> Events { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Accept(EvtxRecord record)
    {
        var place = string.Create(CultureInfo.InvariantCulture, $"record {record.HeaderRecordId} (offset 0x{record.FileOffset:X})");
        if (record.Error is not null || record.EventId is null)
        {
            Problems.Add(new EvtxProblem(ReadProblemKind.MalformedRecord, $"{place} skipped: {record.Error ?? "it has no event id"}."));
            return;
        }

        Report(record, place);
        var pool = record.Pool;
        Events.Add(new AuditEvent
        {
            Computer = pool.Get(record[record.Computer]),
            Channel = pool.Get(record[record.Channel]),
            Provider = pool.Get(record[record.Provider]),
            EventId = record.EventId.Value,
            Version = record.Version,
            Level = record.Level,
            RecordId = record.RecordId,
            TimeUtc = record.TimeUtc,
            Fields = Fields(record),
            Location = new EventLocation(file, 0, (long)Math.Min(record.HeaderRecordId, long.MaxValue)),
        });
    }

    public override void Clear()
    {
        base.Clear();
        Events.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EventFields Fields(EvtxRecord record)
    {
        if (record.FieldCount == 0)
        {
            return EventFields.Empty;
        }

        var names = new string[record.FieldCount];
        var values = new string[record.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = record.FieldName(i);
            values[i] = record.Pool.Get(record.FieldValue(i));
        }

        return new EventFields(names, values);
    }

    private void Report(EvtxRecord record, string place)
    {
        if (record.TruncatedField is { } field)
        {
            Problems.Add(new EvtxProblem(ReadProblemKind.FieldTooLong,
                $"{place}: field {field} is longer than {options.MaxFieldChars} characters; it was cut to that length."));
        }

        if (record.IgnoredFields > 0)
        {
            Problems.Add(new EvtxProblem(ReadProblemKind.TooManyFields,
                $"{place}: event {record.EventId} has more than {options.MaxFieldsPerEvent} fields; {record.IgnoredFields} were ignored."));
        }

        if (record.UnreadableTime is { } time)
        {
            Problems.Add(new EvtxProblem(ReadProblemKind.UnreadableTime,
                $"{place}: the time '{EventRecordBuilder.Shorten(time)}' is not a time; the event is kept without a time."));
        }
    }
}
