using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>Reads an .evtx file with the native reader directly (no format detection), for the reader's own tests.</summary>
internal static class EvtxReading
{
    public static (List<AuditEvent> Events, List<EvtxProblem> Problems) Read(string path, int threads = 2, EventReadOptions? options = null) =>
        Read(File.ReadAllBytes(path), path, threads, options);

    public static (List<AuditEvent> Events, List<EvtxProblem> Problems) Read(byte[] content, string name, int threads = 2, EventReadOptions? options = null)
    {
        options ??= EventReadOptions.Default;
        var reader = new EvtxFileReader<AuditEventSink>(new MemoryStream(content), new EvtxReadSettings(options, threads), () => new AuditEventSink(name, options));
        var events = new List<AuditEvent>();
        var problems = new List<EvtxProblem>();
        foreach (var chunk in reader.Chunks())
        {
            events.AddRange(chunk.Events);
            problems.AddRange(chunk.Problems);
        }

        problems.InsertRange(0, reader.FileProblems);
        return (events, problems);
    }
}
