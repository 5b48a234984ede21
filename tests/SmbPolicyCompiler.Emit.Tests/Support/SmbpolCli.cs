using SmbPolicyCompiler.Cli;

namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>Runs smbpol in process and captures what it prints.</summary>
public static class SmbpolCli
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error, false));
        return (exitCode, output.ToString(), error.ToString());
    }
}
