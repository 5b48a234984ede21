namespace SmbPolicyCompiler.Benchmarks;

/// <summary>Runs one benchmark by name: <c>dotnet run -c Release --project tests/SmbPolicyCompiler.Benchmarks -- &lt;name&gt; [args]</c>.</summary>
public static class Program
{
    private static readonly Dictionary<string, Func<string[], int>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["validate"] = ValidateBenchmark.Run,
        ["compile"] = CompileBenchmark.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: SmbPolicyCompiler.Benchmarks <" + string.Join("|", Benchmarks.Keys.Order()) + "> [args]");
            return 2;
        }

        return run(args[1..]);
    }
}
