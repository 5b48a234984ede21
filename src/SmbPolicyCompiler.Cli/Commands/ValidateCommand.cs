using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary><c>smbpol validate [path]</c>: schema and rules, diagnostics as text, JSON or SARIF.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var path = CommonOptions.PolicyPath();
        var asOf = CommonOptions.AsOf();
        var output = new ReportOutput<IReadOnlyList<Diagnostic>>(ReportWriters.Diagnostics);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };
        var command = new Command("validate", "Check a policy repository: YAML, schema and rules.") { path, asOf, output.Format, output.Output, warningsAsErrors };
        command.SetAction(parse =>
        {
            var compilation = PolicyLoader.Load(parse.GetValue(path)!, CommonOptions.Today(parse.GetValue(asOf)));
            output.Write(console, parse, compilation.Diagnostics);
            if (output.FormatOf(parse) == ReportFormat.Text || output.IsFile(parse))
            {
                DiagnosticOutput.WriteSummary(console, compilation);
            }

            return DiagnosticOutput.ExitCode(compilation, parse.GetValue(warningsAsErrors));
        });
        return command;
    }
}
