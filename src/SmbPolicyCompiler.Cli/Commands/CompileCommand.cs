using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.Emit.Output;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// <c>smbpol compile [path] [--out generated] [--check] [--as-of date] [--timestamp time]</c>: every back end, written
/// all or nothing; nothing is written when the policy has errors. --check compares instead of writing.
/// </summary>
internal static class CompileCommand
{
    public const string DefaultOutput = "generated";

    public static Command Create(CliConsole console)
    {
        var path = CommonOptions.PolicyPath();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The output folder, replaced as a whole; compile refuses a folder holding files it did not write (see smbpol-output.sha256 in it).",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var check = new Option<bool>("--check") { Description = "Write nothing: compare the --out folder, file by file and byte for byte, with what the policy compiles to now; exit 1 and list the files that differ, are missing or are extra (for pipelines)." };
        var asOf = CommonOptions.AsOf();
        var timestamp = new Option<DateTime?>("--timestamp")
        {
            Description = "The backup time in the GPO backups (yyyy-MM-ddTHH:mm:ss); default: the latest date in the policy.",
            CustomParser = ParseTimestamp,
        };
        var command = new Command("compile", "Compile the policy to GPO backups, import scripts, .reg files, PowerShell and DSC, per ring.")
        {
            path, output, check, asOf, timestamp,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(path)!,
            parse.GetValue(output)!,
            parse.GetValue(check),
            CommonOptions.Today(parse.GetValue(asOf)),
            parse.GetValue(timestamp),
            parse.GetValue(asOf) is { } given ? $" --as-of {given:yyyy-MM-dd}" : ""));
        return command;
    }

    private static int Run(CliConsole console, string root, string output, bool check, DateOnly asOf, DateTime? timestamp, string asOfArgument)
    {
        var compilation = PolicyLoader.Load(root, asOf);
        DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
        if (compilation.InputUnreadable || compilation.HasErrors || compilation.Resolved is null)
        {
            DiagnosticOutput.WriteSummary(console, compilation);
            console.Error.WriteLine($"smbpol: nothing was written; fix the errors above (smbpol validate {root}{asOfArgument}).");
            return compilation.InputUnreadable ? ExitCodes.Failure : ExitCodes.Findings;
        }

        // The files go to --out's staging folder (or are compared with --out) as they are produced: none is kept in memory.
        var options = new EmitOptions(timestamp);
        return check
            ? Check(console, root, output, compilation.Resolved, options, asOfArgument)
            : Write(console, root, output, compilation.Resolved, options);
    }

    private static int Check(CliConsole console, string root, string output, ResolvedPolicy policy, EmitOptions options, string asOfArgument)
    {
        var comparison = new OutputComparison(output);
        var result = PolicyEmitter.Emit(policy, options, comparison);
        if (result.HasErrors)
        {
            return EmitFailed(console, result);
        }

        var differences = comparison.Differences();
        if (differences.Count == 0)
        {
            console.Out.WriteLine($"{output}: up to date ({result.FileCount} files).");
            return ExitCodes.Ok;
        }

        foreach (var difference in differences)
        {
            console.Out.WriteLine("  " + difference);
        }

        console.Error.WriteLine($"{output}: {differences.Count} file(s) differ from what the policy compiles to. Regenerate with: smbpol compile {root} --out {output}{asOfArgument}");
        return ExitCodes.Findings;
    }

    private static int Write(CliConsole console, string root, string output, ResolvedPolicy policy, EmitOptions options)
    {
        EmitResult result;
        try
        {
            using var staged = OutputFolder.Stage(output, root);
            result = PolicyEmitter.Emit(policy, options, staged);
            if (result.HasErrors)
            {
                return EmitFailed(console, result); // disposing the staged output deletes what was written
            }

            staged.Commit();
        }
        catch (OutputFolderException error)
        {
            console.Error.WriteLine("smbpol: " + error.Message);
            return ExitCodes.Failure;
        }

        var exceptionGpos = result.Rings.Sum(r => r.ExceptionGpos);
        console.Out.WriteLine($"Compiled {root} to {output}: {result.Rings.Count} ring(s), {result.GpoCount} GPO(s) to import ({exceptionGpos} for exceptions), {result.FileCount} files.");
        foreach (var ring in result.Rings)
        {
            console.Out.WriteLine($"  {ring.Ring}: {output}/{ring.Folder}/ ({ring.GpoNames.Count} GPO(s))");
        }

        return ExitCodes.Ok;
    }

    private static int EmitFailed(CliConsole console, EmitResult result)
    {
        DiagnosticOutput.WriteToError(console, result.Diagnostics);
        console.Error.WriteLine("smbpol: nothing was written; fix the values above in the policy.");
        return ExitCodes.Findings;
    }

    private static DateTime? ParseTimestamp(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        result.AddError($"'{text}' is not a timestamp; write --timestamp as yyyy-MM-ddTHH:mm:ss, e.g. 2026-11-21T00:00:00");
        return null;
    }
}
