using System.Buffers;
using SmbPolicyCompiler.Formats.Input;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// <c>smbpol events dump</c>: reads every record of the given files and folders (any format readiness reads, .evtx
/// included, gzip too) and writes them as one normalised stream, in file order, without removing duplicates. .evtx
/// chunks are decoded and rendered in parallel; other formats are read as readiness reads them (<see cref="OrderedRead"/>).
/// </summary>
public sealed class EventDump(EventReadOptions options, DumpFormat format, DumpFilter filter)
{
    private readonly ReadReportBuilder _report = new(options.MaxProblemsListed);
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private long _read;
    private long _written;

    /// <summary>Threads that decode .evtx chunks (default: all cores).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Dumps to a text writer (UTF-8 decoded onto it), e.g. a console that is not the process's own.</summary>
    public EventDumpResult Run(IEnumerable<string> paths, TextWriter output)
    {
        var result = Run(paths, new Core.Reporting.TextWriterStream(output));
        output.Flush();
        return result;
    }

    public EventDumpResult Run(IEnumerable<string> paths, Stream output)
    {
        var writer = DumpWriter.Create(format, _buffer);
        writer.WriteStart();
        Drain(writer, output);
        var found = InputFiles.Expand(paths);
        var badPaths = new PathProblemListing(found.Problems, _report);
        for (var i = 0; i < found.Files.Count; i++)
        {
            badPaths.Before(i);
            DumpFile(found.Files[i].Path, writer, output);
        }

        badPaths.Before(int.MaxValue);
        writer.WriteEnd();
        Drain(writer, output);
        output.Flush();
        return new EventDumpResult(_read, _written, _report.Build());
    }

    private void DumpFile(string path, DumpWriter writer, Stream output)
    {
        if (OpenEvtx(path) is { } evtx)
        {
            using (evtx)
            {
                Evtx(path, evtx, output);
            }

            return;
        }

        var view = new AuditEventView();
        foreach (var prepared in new OrderedRead(options, _report).Records(ReadPlan.Parts(path, () => Open(path), options)))
        {
            var record = prepared.Record;
            _read++;
            if (filter.Accepts(record.Channel, record.EventId))
            {
                writer.Write(view.Of(record));
                _written++;
                if (_buffer.WrittenCount > 32 * 1024)
                {
                    Drain(writer, output);
                }
            }
        }

        Drain(writer, output);
    }

    /// <summary>The file opened and its format detected, when it is an .evtx log; null otherwise (the ordered read opens it and reports what it is).</summary>
    private OpenedInput? OpenEvtx(string path)
    {
        OpenedInput input;
        try
        {
            input = InputOpener.Open(Open(path), options.Format);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }

        if (input.Format == EventInputFormat.Evtx)
        {
            return input;
        }

        input.Dispose();
        return null;
    }

    private void Evtx(string path, OpenedInput input, Stream output)
    {
        var reader = new EvtxFileReader<DumpSink>(input.Input.Content, new EvtxReadSettings(options, Threads), () => new DumpSink(format, filter));
        long read = 0;
        var malformedBefore = _report.MalformedRecords;
        var started = false;
        foreach (var chunk in reader.Chunks())
        {
            if (!started)
            {
                started = true;
                Replay(path, reader.FileProblems);
            }

            Replay(path, chunk.Problems);
            output.Write(chunk.Output.WrittenSpan);
            read += chunk.Read;
            _written += chunk.Written;
        }

        if (!started)
        {
            Replay(path, reader.FileProblems);
        }

        _read += read;
        _report.RecordsRead += read;
        var outcome = read > 0 ? FileOutcome.Read : FileOutcome.Empty;
        _report.AddFile(new FileReadSummary(path, EventInputFormat.Evtx, input.Compressed, read, 0, _report.MalformedRecords - malformedBefore, outcome, null));
    }

    private void Replay(string path, List<EvtxProblem> problems)
    {
        foreach (var problem in problems)
        {
            _report.Problem(new ReadProblem(problem.Kind, path, 0, problem.Message));
        }
    }

    private void Drain(DumpWriter writer, Stream output)
    {
        writer.Flush();
        output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
}
