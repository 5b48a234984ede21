namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>Registers the readiness benchmark: the events benchmark's inputs through the whole readiness pipeline.</summary>
public sealed class ReadinessBenchmarkEntry : IBenchmark
{
    public string Name => "readiness";

    public string Summary => "readiness over 1,000,000 audit events (XML and NDJSON): read, aggregate, verdicts, JSON report; events/s, MB/s, peak memory";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error) =>
        Task.FromResult(EventsBenchmark.Run([.. arguments], Name));
}
