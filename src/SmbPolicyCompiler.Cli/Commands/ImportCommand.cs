using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Emit.Brownfield;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// <c>smbpol import gpo &lt;backup&gt;... --out &lt;folder&gt;</c>: GPMC backups to a policy skeleton, then validated, so the
/// user sees at once whether it compiles. Diagnostics go to stderr; the policy only to the folder.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var backups = new Argument<string[]>("backup") { Description = "GPO backup folders (one GPO, or a folder of them with manifest.xml).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write policy.yaml into (new, empty, or written by an earlier import).", Required = true };
        var auditSince = CommonOptions.Date("--audit-since", $"Date for the reconstructed audit stages (YYYY-MM-DD); default {GpoImportOptions.DefaultAuditDays} days before --as-of.");
        var domain = new Option<string?>("--domain") { Description = "The AD DNS domain; default: the one the backups name." };
        var name = new Option<string>("--name") { Description = "The policy's name.", DefaultValueFactory = _ => "imported-smb-policy" };
        var asOf = CommonOptions.AsOf();
        var gpo = new Command("gpo", "Read GPMC backups (registry.pol, GptTmpl.inf, gpreport.xml) and write a policy skeleton: the stage each SMB value implies, everything else as additionalSettings.")
        {
            backups, output, auditSince, domain, name, asOf,
        };
        gpo.SetAction(parse =>
        {
            var today = CommonOptions.Today(parse.GetValue(asOf));
            var folder = parse.GetValue(output)!;
            var result = GpoImporter.Import(parse.GetValue(backups)!, folder, new GpoImportOptions(today, parse.GetValue(auditSince), parse.GetValue(domain), parse.GetValue(name)!));
            DiagnosticOutput.WriteToError(console, result.Diagnostics);
            if (result.PolicyFile is null)
            {
                console.Error.WriteLine("smbpol import: nothing written.");
                return ExitCodes.Failure;
            }

            var compilation = PolicyLoader.Load(folder, today);
            DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
            console.Error.WriteLine($"smbpol import: {result.Rings.Count} GPO(s) → {result.PolicyFile}; it validates with {compilation.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s), {compilation.Diagnostics.Count(d => d.Severity == Severity.Warning)} warning(s).");
            return compilation.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return new Command("import", "Bring existing configuration into a policy.") { gpo };
    }
}
