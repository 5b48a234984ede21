using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit.Brownfield;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary><c>smbpol init [folder] --inventory computers.csv --domain corp.example.com</c>: a new policy repository that validates at once.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The new policy repository (created; must be empty or new).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => CommonOptions.DefaultPolicyFolder };
        var inventory = new Option<string>("--inventory", "-i") { Description = "Computers exported from AD (Get-ADComputer ... | Export-Csv); groups come from its OUs.", Required = true };
        var domain = new Option<string?>("--domain") { Description = "The AD DNS domain; default: from the inventory's DistinguishedName." };
        var asOf = CommonOptions.AsOf();
        var command = new Command("init", "Scaffold a policy repository: policy, groups from the inventory's OUs, a pilot and a broad ring at audit, README, CI workflow.")
        {
            folder, inventory, domain, asOf,
        };
        command.SetAction(parse =>
        {
            var today = CommonOptions.Today(parse.GetValue(asOf));
            var target = parse.GetValue(folder)!;
            var result = PolicyScaffold.Create(new ScaffoldOptions(target, parse.GetValue(inventory)!, parse.GetValue(domain), today));
            DiagnosticOutput.WriteToError(console, result.Diagnostics);
            if (result.Files.Count == 0)
            {
                console.Error.WriteLine("smbpol init: nothing written.");
                return ExitCodes.Failure;
            }

            var compilation = PolicyLoader.Load(target, today);
            DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
            console.Error.WriteLine($"smbpol init: wrote {string.Join(", ", result.Files)} in {target}; next: smbpol validate {target}");
            return compilation.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
