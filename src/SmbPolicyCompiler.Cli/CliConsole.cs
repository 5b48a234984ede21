namespace SmbPolicyCompiler.Cli;

/// <summary>Where a command writes and what it may assume about the terminal; tests pass their own writers.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);
}
