using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>Runs smbpol in process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(output, error, ErrorIsTerminal: false));
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string Policies => RepoPaths.Policies;

    public const string AsOf = "2026-11-21";

    /// <summary>A day on which the example's first exception (EXC-2026-007, expires 2031-10-03) is about to expire.</summary>
    public const string ExpiringSoon = "2031-09-25";
}
