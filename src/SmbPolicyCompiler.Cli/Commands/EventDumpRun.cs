using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Events.Dump;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>Runs a dump to standard output or to a file written atomically, and says on stderr what was read and what was skipped.</summary>
internal static class EventDumpRun
{
    public static int Run(CliConsole console, string[] paths, DumpFormat format, DumpFilter filter, string? output)
    {
        var (files, errors) = EventInputs.Find(paths);
        if (files.Count == 0)
        {
            console.Error.WriteLine("smbpol events dump: " + string.Join("; ", errors.DefaultIfEmpty("no event file found")) + ". Give .evtx files, exports or the folders that hold them.");
            return ExitCodes.Failure;
        }

        var dump = new EventDump(EventReadOptions.Default with { RemoveDuplicates = false }, format, filter);
        var result = output is null ? ToConsole(console, dump, paths) : ToFile(output, dump, paths);
        Report(console.Error, result, output);
        return result.NothingUsable ? ExitCodes.Failure : result.InputDamaged ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static EventDumpResult ToConsole(CliConsole console, EventDump dump, string[] paths)
    {
        if (ReferenceEquals(console.Out, Console.Out))
        {
            console.Out.Flush();
            using var stdout = Console.OpenStandardOutput();
            return dump.Run(paths, new BufferedStream(stdout, 1 << 20));
        }

        return dump.Run(paths, console.Out);
    }

    /// <summary>A temporary file beside the target, renamed over it only when something usable was read.</summary>
    private static EventDumpResult ToFile(string path, EventDump dump, string[] paths)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            EventDumpResult result;
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                result = dump.Run(paths, file);
            }

            if (!result.NothingUsable)
            {
                File.Move(temporary, full, overwrite: true);
            }

            return result;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Report(TextWriter error, EventDumpResult result, string? output)
    {
        var read = result.Report;
        var target = output is null ? string.Empty : result.NothingUsable ? $"; {output} was not written" : $" to {output}";
        error.WriteLine($"events dump: {result.RecordsWritten} record(s) written{target}, {result.RecordsRead} read from {read.Files.Count} file(s); " +
                        $"{read.EvtxDamage} damaged .evtx part(s), {read.MalformedRecords} record(s) skipped.");
        foreach (var problem in read.Problems.Where(p => p.Kind != ReadProblemKind.OtherChannelFile))
        {
            error.WriteLine((EventDumpResult.IsLoss(problem.Kind) ? "  skipped: " : "  note: ") + SafeText.Clean(problem.ToString(), 600));
        }

        if (read.ProblemsNotListed > 0)
        {
            error.WriteLine($"  ... and {read.ProblemsNotListed} more problem(s) not listed.");
        }

        if (result.NothingUsable)
        {
            error.WriteLine("events dump: nothing usable was read.");
        }
    }
}
