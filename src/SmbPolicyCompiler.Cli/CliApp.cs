using System.CommandLine;
using System.CommandLine.Help;
using SmbPolicyCompiler.Cli.Commands;

namespace SmbPolicyCompiler.Cli;

/// <summary>The smbpol command line. Runs in process with any console, so tests see stdout, stderr and the exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var parse = Build(console).Parse(args);
        return Invoke(parse, console);
    }

    internal static RootCommand Build(CliConsole console)
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
        root.Subcommands.Add(InitCommand.Create(console));
        return root;
    }

    private static int Invoke(ParseResult parse, CliConsole console)
    {
        var errors = parse.Errors.Select(e => e.Message).Concat(EmptyValues.Find(parse)).Concat(Suggestions.Find(parse)).ToList();
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
            var exitCode = parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            if (parse.Action is HelpAction)
            {
                HelpExamples.Write(console.Out, parse.CommandResult.Command);
            }

            return exitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("smbpol: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
