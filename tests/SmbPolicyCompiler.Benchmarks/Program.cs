namespace SmbPolicyCompiler.Benchmarks;

/// <summary>Usage: SmbPolicyCompiler.Benchmarks &lt;name&gt; [options]. Each benchmark lives in its own file.</summary>
public static class Program
{
    private static readonly IReadOnlyList<IBenchmark> Benchmarks =
    [
        new ValidateBenchmark(),
        new CompileBenchmark(),
        new ScaleBenchmark(),
        new Events.EventsBenchmarkEntry(),
        new Events.ReadinessBenchmarkEntry(),
        new Events.JsonMappingBenchmark(),
        new WireBenchmark(),
        new Evtx.EvtxBenchmark(),
        new Aggregate.AggregateBenchmark(),
        new Reports.ReportJsonBenchmark(),
    ];

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            PrintUsage(args.Length == 0 ? Console.Error : Console.Out);
            return args.Length == 0 ? 2 : 0;
        }

        var benchmark = Benchmarks.FirstOrDefault(b => b.Name == args[0]);
        if (benchmark is null)
        {
            Console.Error.WriteLine($"error: no benchmark named '{args[0]}'.");
            PrintUsage(Console.Error);
            return 2;
        }

        return await benchmark.RunAsync(args[1..], Console.Out, Console.Error);
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: SmbPolicyCompiler.Benchmarks <benchmark> [options]   (<benchmark> --help for its options)");
        foreach (var benchmark in Benchmarks.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {benchmark.Name,-12} {benchmark.Summary}");
        }
    }
}
