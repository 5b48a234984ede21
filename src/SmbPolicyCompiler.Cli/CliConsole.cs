namespace SmbPolicyCompiler.Cli;

/// <summary>Where a command writes and what it may assume about the terminal; tests pass their own writers.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>Writes bytes (JSON, SARIF) produced into a stream to the output writer.</summary>
    public void WriteOut(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Out.Write(global::System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        Out.WriteLine();
    }
}
