namespace SmbPolicyCompiler.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: SmbPolicyCompiler.Benchmarks <benchmark> (none yet)");
        return args.Length == 0 ? 2 : 0;
    }
}
