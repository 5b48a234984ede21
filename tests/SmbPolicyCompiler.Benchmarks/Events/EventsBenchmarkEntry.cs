namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>Registers the events benchmark with the dispatcher.</summary>
public sealed class EventsBenchmarkEntry : IBenchmark
{
    public string Name => "events";

    public string Summary => "read 1,000,000 audit events as wevtutil XML and NDJSON: events/s, MB/s, peak memory";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error) =>
        Task.FromResult(EventsBenchmark.Run([.. arguments]));
}
