using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Rules;

namespace SmbPolicyCompiler.Core.Documentation;

/// <summary>Renders docs/diagnostics.md from the diagnostic catalogue and the rule set.</summary>
internal static class DiagnosticsReference
{
    public static string Render()
    {
        var rules = RuleSet.All.ToDictionary(r => r.Descriptor, r => r.GetType().Name);
        var md = new StringBuilder("""
            # Diagnostics

            Generated from `DiagnosticCatalogue` and `RuleSet`; do not edit by hand. Codes are stable: a code never
            changes meaning. Diagnostics print as `path(line,col): error|warning CODE: message`; `--format json`
            and `--format sarif` give the same data for pipelines. `SMB0xxx` are input and schema errors (the
            pipeline stops there), `SMB1xxx` names and membership, `SMB2xxx` stages and settings, `SMB3xxx` exceptions,
            `SMB4xxx` values a valid policy holds that `compile` cannot write, `SMB5xxx` GPO backups `import gpo` reads and the
            folders `import gpo` and `init` write. `SMBDRIFTxxx` are the rules of
            `drift --format sarif`: each result is a live setting or an input, placed at the policy line that set the
            expectation where there is one.

            | code | severity | what | checked by |
            |---|---|---|---|

            """);
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            md.Append($"| {descriptor.Code} | {descriptor.Severity.ToString().ToLowerInvariant()} | {descriptor.Title} | {CheckedBy(descriptor, rules)} |\n");
        }

        return md.ToString();
    }

    private static string CheckedBy(DiagnosticDescriptor descriptor, Dictionary<DiagnosticDescriptor, string> rules) =>
        rules.TryGetValue(descriptor, out var rule) ? rule : descriptor.Stage switch
        {
            DiagnosticStage.Compile => "compile",
            DiagnosticStage.Import => "import gpo / init",
            DiagnosticStage.Drift => "drift",
            _ => "front end",
        };
}
