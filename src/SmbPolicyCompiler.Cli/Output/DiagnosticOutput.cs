using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>Prints a compilation's diagnostics in the chosen format and maps them to an exit code.</summary>
public static class DiagnosticOutput
{
    public static string Version => typeof(DiagnosticOutput).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static void Write(CliConsole console, PolicyCompilation compilation, string format)
    {
        switch (format)
        {
            case "json":
                console.WriteOut(s => DiagnosticWriters.WriteJson(s, compilation.Diagnostics));
                break;
            case "sarif":
                console.WriteOut(s => DiagnosticWriters.WriteSarif(s, Version, compilation.Diagnostics));
                break;
            default:
                DiagnosticWriters.WriteText(console.Out, compilation.Diagnostics);
                break;
        }
    }

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
