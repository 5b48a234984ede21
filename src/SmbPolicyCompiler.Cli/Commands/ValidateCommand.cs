using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary><c>smbpol validate [path]</c>: schema and rules, diagnostics as text, JSON or SARIF.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var path = CommonOptions.PolicyPath();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };
        var command = new Command("validate", "Check a policy repository: YAML, schema and rules.") { path, asOf, format, warningsAsErrors };
        command.SetAction(parse =>
        {
            var compilation = PolicyLoader.Load(parse.GetValue(path)!, CommonOptions.Today(parse.GetValue(asOf)));
            DiagnosticOutput.Write(console, compilation, parse.GetValue(format)!);
            if (parse.GetValue(format) == "text")
            {
                DiagnosticOutput.WriteSummary(console, compilation);
            }

            return DiagnosticOutput.ExitCode(compilation, parse.GetValue(warningsAsErrors));
        });
        return command;
    }
}
