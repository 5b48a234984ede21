using SmbPolicyCompiler.Cli;

namespace SmbPolicyCompiler.Readiness.Tests.Cli;

/// <summary>Runs smbpol in process and captures what it prints.</summary>
internal static class ReadinessCli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => Run(false, args);

    public static Result Run(bool terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(output, error, terminal));
        return new Result(code, output.ToString(), error.ToString());
    }
}
