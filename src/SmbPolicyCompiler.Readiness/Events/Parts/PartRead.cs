using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads one <see cref="ReadPart"/> on a worker thread: opens it, detects the format (first part), parses, classifies and
/// interprets its records and hands them on in batches, in order; counts what it read and keeps its problems as drafts.
/// The results other than the batches are complete once <see cref="Batches"/> has been drained.
/// </summary>
internal sealed class PartRead(ReadPart part, EventReadOptions options, BatchPool pool)
{
    /// <summary>
    /// How far a worker may run ahead of the in-order thread: far enough that the worker on the next part keeps parsing
    /// while the current part is taken (4 batches kept only one worker busy), not so far that queued events pile up in
    /// the older GC generations.
    /// </summary>
    private const int BatchesAhead = 32;
    private readonly SortedSet<string> _otherChannels = new(StringComparer.OrdinalIgnoreCase);
    private readonly NetworkNameCache _names = new();
    private RangeStream? _range;

    public ReadPart Part { get; } = part;

    public ReadContext Context { get; } = new(options, new StringPool(), part.File);

    public BlockingCollection<ArraySegment<PreparedEvent>> Batches { get; } = new(BatchesAhead);

    public EventInputFormat? Format { get; private set; }

    public bool Compressed { get; private set; }

    public bool Empty { get; private set; }

    public string? NotEventReason { get; private set; }

    /// <summary>Why the file could not be opened (first part only); nothing else was read.</summary>
    public string? OpenError { get; private set; }

    public long Records { get; private set; }

    public long AuditRecords { get; private set; }

    public long OtherRecords { get; private set; }

    public IReadOnlyCollection<string> OtherChannels => _otherChannels;

    /// <summary>Line feeds, records begun and events completed in this part: what the next part's numbers start after.</summary>
    public (long Lines, long Records, long Completed) Extent { get; private set; }

    public long BytesRead => _range?.BytesRead ?? 0;

    private Exception? Failure { get; set; }

    /// <summary>Runs on a worker; never throws (a bug is kept and rethrown to the reader by <see cref="ThrowIfFailed"/>).</summary>
    public void Run(CancellationToken cancellation)
    {
        try
        {
            Read(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Failure = e;
        }
        finally
        {
            Batches.CompleteAdding();
        }
    }

    /// <summary>Hands a batch whose events have been taken back for reuse.</summary>
    public void Recycle(ArraySegment<PreparedEvent> batch) => pool.Return(batch);

    public void ThrowIfFailed()
    {
        if (Failure is not null)
        {
            throw new InvalidOperationException($"reading {Part.File} failed: {Failure.Message}", Failure);
        }
    }

    private void Read(CancellationToken cancellation)
    {
        using var input = TryOpen();
        if (input is null)
        {
            return;
        }

        (Format, Compressed, Empty, NotEventReason) = (input.Format, input.Compressed, input.IsEmpty, input.NotEventReason);
        if (input.Format is not { } format)
        {
            return;
        }

        using var reader = CreateReader(input, format);
        var batch = pool.Rent();
        var count = 0;
        while (TryRead(reader, out var record))
        {
            batch[count++] = Prepare(record);
            if (count == batch.Length)
            {
                Batches.Add(new ArraySegment<PreparedEvent>(batch, 0, count), cancellation);
                (batch, count) = (pool.Rent(), 0);
            }
        }

        if (count > 0)
        {
            Batches.Add(new ArraySegment<PreparedEvent>(batch, 0, count), cancellation);
        }

        NotEventReason = reader.NotEventReason;
        Extent = (_range?.LineFeeds ?? 0, reader.RecordsBegun, reader.EventsCompleted);
    }

    private OpenedInput? TryOpen()
    {
        try
        {
            var stream = Part.Open();
            if (Part.Start > 0)
            {
                stream.Seek(Part.Start, SeekOrigin.Begin);
            }

            _range = new RangeStream(stream, Part.Length);
            return Part.Format is { } format
                ? new OpenedInput(TextInput.Open(_range), false, format, null)
                : InputOpener.Open(_range, options.Format);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            OpenError = error.Message;
            return null;
        }
    }

    private IEventRecordReader CreateReader(OpenedInput input, EventInputFormat format) => format switch
    {
        EventInputFormat.WevtutilXml when options.XmlEngine == XmlEngine.XmlReader => new XmlReaderEventReader(input.OpenText(), Context),
        EventInputFormat.WevtutilXml => new FastXmlEventReader(input.OpenText(), Context),
        EventInputFormat.Csv => new CsvEventReader(input.OpenText(), Context),
        EventInputFormat.Evtx => new Evtx.EvtxEventReader(input.Input.Content, Context),
        EventInputFormat.ReadinessAggregate => new NotEventsReader("this is a readiness aggregate (a SIEM's counts, not events); smbpol readiness reads it"),
        _ => new JsonEventReader(input.OpenUtf8(), Context) { ObjectPerLine = format == EventInputFormat.WinlogbeatNdjson },
    };

    private bool TryRead(IEventRecordReader reader, [NotNullWhen(true)] out AuditEvent? record)
    {
        try
        {
            return reader.TryRead(out record);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or DecoderFallbackException)
        {
            Context.ProblemAt(ReadProblemKind.TruncatedFile, 0,
                $"reading stopped after {new PartRecord(Records)} records because the file is damaged ({error.Message}); the records before were kept.");
            record = null;
            return false;
        }
    }

    /// <summary>The work each record needs that does not depend on the records before it, done here rather than by the one reader thread.</summary>
    private PreparedEvent Prepare(AuditEvent record)
    {
        var recordClass = AuditEventClassifier.Classify(record, out _);
        Records++;
        switch (recordClass)
        {
            case RecordClass.OtherChannel:
                OtherRecords++;
                if (_otherChannels.Count < 5)
                {
                    _otherChannels.Add(record.Channel.Length > 0 ? record.Channel : record.Provider);
                }

                break;
            case RecordClass.Audit:
                AuditRecords++;
                break;
        }

        return new PreparedEvent(record, recordClass, AuditEventClassifier.EffectiveChannel(record),
            recordClass == RecordClass.Audit ? AuditEventInterpreter.Interpret(record, _names) : null);
    }
}
