using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Rules;

namespace SmbPolicyCompiler.Core.Documentation;

/// <summary>Renders docs/diagnostics.md from the diagnostics catalogue and the rule set.</summary>
public static class DiagnosticsReference
{
    /// <param name="later">Diagnostics of later stages (compile's SMB4xxx), listed after the front end's.</param>
    public static string Render(IEnumerable<DiagnosticInfo> later)
    {
        var rules = RuleSet.All.ToDictionary(r => r.Code, r => r.GetType().Name, StringComparer.Ordinal);
        var md = new StringBuilder("""
            # Diagnostics

            Generated from `PolicyDiagnostics` and `RuleSet`; do not edit by hand. Codes are stable: a code never
            changes meaning. Diagnostics print as `path(line,col): error|warning CODE: message`; `--format json`
            and `--format sarif` give the same data for pipelines. `SMB0xxx` are input and schema errors (the
            pipeline stops there), `SMB1xxx` names and membership, `SMB2xxx` stages and settings, `SMB3xxx` exceptions,
            `SMB4xxx` values a valid policy holds that `compile` cannot write.

            | code | severity | what | checked by |
            |---|---|---|---|

            """);
        foreach (var info in PolicyDiagnostics.All)
        {
            md.Append($"| {info.Code} | {info.DefaultSeverity.ToString().ToLowerInvariant()} | {info.Title} | {rules.GetValueOrDefault(info.Code, "front end")} |\n");
        }

        foreach (var info in later)
        {
            md.Append($"| {info.Code} | {info.DefaultSeverity.ToString().ToLowerInvariant()} | {info.Title} | compile |\n");
        }

        return md.ToString();
    }
}
