using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Reads one file or stream: opens it, detects the format, streams its records and writes its summary.</summary>
internal sealed class FileRead(string name, Func<Stream> open, ReadContext context, ReadReportBuilder report)
{
    private readonly SortedSet<string> _otherChannels = new(StringComparer.OrdinalIgnoreCase);
    private long _records;
    private long _auditRecords;
    private long _otherRecords;

    public IEnumerable<AuditEvent> Records()
    {
        report.FileMalformed = 0;
        var input = TryOpen();
        if (input is null)
        {
            yield break;
        }

        using (input)
        {
            if (input.Format is not { } format)
            {
                Summarise(input, input.IsEmpty ? FileOutcome.Empty : FileOutcome.NotAnEventFile, input.NotEventReason ?? "the file is empty");
                yield break;
            }

            using var reader = CreateReader(input, format);
            while (TryRead(reader, out var record))
            {
                Tally(record);
                yield return record;
            }

            Finish(input, reader.NotEventReason);
        }
    }

    private OpenedInput? TryOpen()
    {
        try
        {
            return InputOpener.Open(open(), context.Options.Format);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Problem(ReadProblemKind.UnreadableFile, 0, $"cannot be read: {error.Message}");
            report.AddFile(new FileReadSummary(name, null, false, 0, 0, 0, FileOutcome.Unreadable, error.Message));
            return null;
        }
    }

    private IEventRecordReader CreateReader(OpenedInput input, EventInputFormat format) => format switch
    {
        EventInputFormat.WevtutilXml when context.Options.XmlEngine == XmlEngine.XmlReader => new XmlReaderEventReader(input.OpenText(), context),
        EventInputFormat.WevtutilXml => new FastXmlEventReader(input.OpenText(), context),
        EventInputFormat.Csv => new CsvEventReader(input.OpenText(), context),
        EventInputFormat.Evtx => new Evtx.EvtxEventReader(input.Input.Content, context),
        EventInputFormat.ReadinessAggregate => new NotEventsReader("this is a readiness aggregate (a SIEM's counts, not events); smbpol readiness reads it"),
        _ => new JsonEventReader(input.OpenUtf8(), context),
    };

    private bool TryRead(IEventRecordReader reader, [NotNullWhen(true)] out AuditEvent? record)
    {
        try
        {
            return reader.TryRead(out record);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or DecoderFallbackException)
        {
            context.Problem(ReadProblemKind.TruncatedFile, 0,
                $"reading stopped after {_records} records because the file is damaged ({error.Message}); the records before were kept.");
            record = null;
            return false;
        }
    }

    private void Tally(AuditEvent record)
    {
        _records++;
        report.RecordsRead++;
        switch (AuditEventInterpreter.Classify(record))
        {
            case RecordClass.OtherChannel:
                _otherRecords++;
                if (_otherChannels.Count < 5)
                {
                    _otherChannels.Add(record.Channel.Length > 0 ? record.Channel : record.Provider);
                }

                break;
            case RecordClass.Audit:
                _auditRecords++;
                break;
        }
    }

    private void Finish(OpenedInput input, string? notEventReason)
    {
        if (notEventReason is not null)
        {
            Summarise(input, FileOutcome.NotAnEventFile, notEventReason);
            return;
        }

        if (_records == 0)
        {
            Summarise(input, FileOutcome.Empty, report.FileMalformed > 0 ? "no readable records" : "no records");
            return;
        }

        if (_otherRecords == _records)
        {
            var channels = string.Join(", ", _otherChannels);
            context.Problem(ReadProblemKind.OtherChannelFile, 0,
                $"holds no SMB audit events, only events of {channels}; export Microsoft-Windows-SMBServer/Audit (or SMBClient/Audit) instead.");
            Summarise(input, FileOutcome.OtherChannelOnly, channels);
            return;
        }

        Summarise(input, FileOutcome.Read, null);
    }

    private void Summarise(OpenedInput input, FileOutcome outcome, string? note)
    {
        if (outcome == FileOutcome.NotAnEventFile)
        {
            context.Problem(ReadProblemKind.NotAnEventFile, 0, note + ".");
        }
        else if (outcome == FileOutcome.Empty && report.FileMalformed == 0)
        {
            context.Problem(ReadProblemKind.EmptyFile, 0, "holds no event records.");
        }

        report.AddFile(new FileReadSummary(name, input.Format, input.Compressed, _records, _auditRecords, report.FileMalformed, outcome, note));
    }
}
