using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>Diagnostics on stderr (for commands whose report is something else), the one-line summary, and the exit code they mean.</summary>
internal static class DiagnosticOutput
{
    private static readonly DiagnosticText Text = new();

    public static void WriteToError(CliConsole console, IReadOnlyList<Diagnostic> diagnostics) => Text.Write(console.Error, diagnostics);

    public static void WriteSummary(CliConsole console, PolicyCompilation compilation)
    {
        var errors = compilation.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = compilation.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var what = compilation.Resolved is { } r
            ? $"{r.Rings.Count} ring(s), {r.Groups.Count} group(s), {r.Hosts.Count} host(s), {r.Exceptions.Count} exception(s)"
            : "policy not loaded";
        console.Error.WriteLine($"{compilation.Root}: {what}; {errors} error(s), {warnings} warning(s) (as of {compilation.AsOf:yyyy-MM-dd}).");
    }

    public static int ExitCode(PolicyCompilation compilation, bool warningsAsErrors) =>
        compilation.InputUnreadable ? ExitCodes.Failure
        : compilation.HasErrors || (warningsAsErrors && compilation.HasWarnings) ? ExitCodes.Findings
        : ExitCodes.Ok;
}
