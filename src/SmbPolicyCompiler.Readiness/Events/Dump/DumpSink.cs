using System.Globalization;
using System.Runtime.CompilerServices;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>Renders the records of one .evtx chunk on the decoding thread; the dump writes the chunks' bytes in file order.</summary>
internal sealed class DumpSink : EvtxChunkSink
{
    private readonly DumpFilter _filter;
    private readonly DumpWriter _writer;

    public DumpSink(DumpFormat format, DumpFilter filter)
    {
        _filter = filter;
        _writer = DumpWriter.Create(format, Output);
    }

    public ByteBuffer Output { get; } = new(256 * 1024);

    /// <summary>Records decoded (whatever the filter), and records written.</summary>
    public long Read { get; private set; }

    public long Written { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Accept(EvtxRecord record)
    {
        if (record.Error is not null || record.EventId is not { } eventId)
        {
            Problems.Add(new EvtxProblem(ReadProblemKind.MalformedRecord, string.Create(CultureInfo.InvariantCulture,
                $"record {record.HeaderRecordId} (offset 0x{record.FileOffset:X}) skipped: {record.Error ?? "it has no event id"}.")));
            return;
        }

        Read++;
        if (_filter.Accepts(record[record.Channel], eventId))
        {
            _writer.Write(record);
            Written++;
        }
    }

    public override void Complete() => _writer.Flush();

    public override void Clear()
    {
        base.Clear();
        Output.ResetWrittenCount();
        Read = Written = 0;
    }
}
