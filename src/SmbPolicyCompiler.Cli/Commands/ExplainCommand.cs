using System.CommandLine;
using SmbPolicyCompiler.Cli.Explain;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary><c>smbpol explain &lt;host|group|ring&gt; [path]</c>: what applies and why.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "A ring, group or host name (short name or FQDN)." };
        var path = CommonOptions.PolicyPath();
        var asOf = CommonOptions.AsOf();
        var output = new ReportOutput<Explanation>(ReportWriters.Explanation);
        var kind = new Option<string?>("--kind") { Description = "What the name is, when a ring, group and host share it." }
            .AcceptOnlyFromAmong("ring", "group", "host");
        var command = new Command("explain", "Show what applies to a host, group or ring, and which ring, group or exception decided it.")
        {
            name, path, asOf, output.Format, output.Output, kind,
        };
        command.SetAction(parse =>
        {
            var compilation = PolicyLoader.Load(parse.GetValue(path)!, CommonOptions.Today(parse.GetValue(asOf)));
            if (compilation.Resolved is not { } policy)
            {
                DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
                DiagnosticOutput.WriteSummary(console, compilation);
                return compilation.InputUnreadable ? ExitCodes.Failure : ExitCodes.Findings;
            }

            var wanted = parse.GetValue(name)!;
            if (ExplainTarget.Find(policy, wanted, parse.GetValue(kind)) is not { } target)
            {
                var suggestion = ExplainTarget.Suggest(policy, wanted);
                console.Error.WriteLine($"smbpol: no ring, group or host named '{wanted}' in {compilation.Root}" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));
                return ExitCodes.Failure;
            }

            output.Write(console, parse, new Explanation(policy, target));

            if (compilation.HasErrors)
            {
                console.Error.WriteLine($"smbpol: the policy has errors; run 'smbpol validate {compilation.Root}'.");
                return ExitCodes.Findings;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
