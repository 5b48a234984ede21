namespace SmbPolicyCompiler.Benchmarks;

public static class Program
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "events" => Events.EventsBenchmark.Run(args[1..]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: SmbPolicyCompiler.Benchmarks <benchmark> [options]");
        Console.Error.WriteLine("benchmarks: events");
        return 2;
    }
}
