using SmbPolicyCompiler.Formats.Input;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// <c>smbpol events dump</c>: reads every record of the given files and folders (any format readiness reads, .evtx
/// included, gzip too) and writes them as one normalised stream, in file order, without removing duplicates. .evtx
/// chunks are decoded and rendered in parallel; the other files between them are read together as readiness reads
/// them (<see cref="OrderedRead"/>).
/// </summary>
public sealed class EventDump(EventReadOptions options, DumpFormat format, DumpFilter filter)
{
    private readonly ReadReportBuilder _report = new(options.MaxProblemsListed);
    private readonly ByteBuffer _buffer = new(64 * 1024);
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
        var files = found.Files.Select(f => f.Path).ToList();
        var badPaths = new PathProblemListing(found.Problems, _report);
        for (var next = 0; next < files.Count;)
        {
            var exports = next;
            var evtx = OpenUntilEvtx(files, ref next);
            using (evtx)
            {
                Exports(files[exports..next], exports, badPaths, writer, output);
                if (evtx is not null)
                {
                    badPaths.Before(next);
                    Evtx(files[next], evtx, output);
                    next++;
                }
            }
        }

        badPaths.Before(int.MaxValue);
        writer.WriteEnd();
        Drain(writer, output);
        output.Flush();
        return new EventDumpResult(_read, _written, _report.Build());
    }

    /// <summary>
    /// Exports in any format but .evtx, read together as readiness reads them (<see cref="OrderedRead"/>: parsed on every
    /// core, handed out in file order); <paramref name="first"/> is the number of the first among all the files.
    /// </summary>
    private void Exports(List<string> files, int first, PathProblemListing badPaths, DumpWriter writer, Stream output)
    {
        if (files.Count == 0)
        {
            return;
        }

        var view = new AuditEventView();
        var parts = files.SelectMany(path => ReadPlan.Parts(path, () => Open(path), options));
        foreach (var prepared in new OrderedRead(options, _report).Records(parts, begun => badPaths.Before(first + begun)))
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

    /// <summary>
    /// Opens the files from <paramref name="next"/> on until one is an .evtx log: that one, opened, with
    /// <paramref name="next"/> at it; null with <paramref name="next"/> at the end when none is.
    /// </summary>
    private OpenedInput? OpenUntilEvtx(List<string> files, ref int next)
    {
        for (; next < files.Count; next++)
        {
            if (OpenEvtx(files[next]) is { } evtx)
            {
                return evtx;
            }
        }

        return null;
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
