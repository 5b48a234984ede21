namespace SmbPolicyCompiler.Cli;

/// <summary>
/// Where a command writes, and whether stderr is a terminal: then long commands show progress there, also when
/// stdout is redirected to a file. Tests pass their own writers.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
