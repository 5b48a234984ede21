using SmbPolicyCompiler.Cli;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Runs smbpol in process, as a terminal or redirected, and captures what it prints.</summary>
public static class DriftCli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
    }

    public static Result Run(params string[] args) => Run(isTerminal: false, args);

    public static Result Run(bool isTerminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(output, error, isTerminal));
        return new Result(code, output.ToString(), error.ToString());
    }
}
