using System.CommandLine;
using SmbPolicyCompiler.Cli.Commands;

namespace SmbPolicyCompiler.Cli;

/// <summary>The smbpol command line. Runs in process with any console, so tests see stdout, stderr and the exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("smbpol — compiles SMB hardening rollout rings (YAML) to Group Policy, registry files, PowerShell and DSC, and checks drift and readiness.");
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(CompileCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(DriftCommand.Create(console));
        root.Subcommands.Add(ReadinessCommand.Create(console));
        root.Subcommands.Add(EventsCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));

        var parse = root.Parse(args);
        var errors = parse.Errors.Select(e => e.Message).Concat(EmptyValues.Find(parse)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine("smbpol: " + error);
            }

            console.Error.WriteLine("Run 'smbpol --help' for usage.");
            return ExitCodes.Failure;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("smbpol: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
