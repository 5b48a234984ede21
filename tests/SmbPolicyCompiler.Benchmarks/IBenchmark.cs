namespace SmbPolicyCompiler.Benchmarks;

/// <summary>One benchmark: a name to run it by, a line for the usage text, and the run itself.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Summary { get; }

    /// <summary>Runs with the arguments after the name; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error);
}
