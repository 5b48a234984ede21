using System.CommandLine;
using System.Diagnostics;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// <c>smbpol readiness [path] --events &lt;files or folders&gt;...</c>: reads SMB audit events and says, per ring and
/// control, whether the ring is ready to enforce. Exit 0 when every gated ring control is ready, 1 when one is not
/// (or lacks data), 2 when it could not run (unreadable policy, no event file, bad options).
/// </summary>
internal static class ReadinessCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new ReadinessCommandOptions();
        var evidence = ControlCatalogue.All.SelectMany(c => c.Evidence).Select(e => e.EventId).Distinct().Order();
        var command = new Command("readiness", $"Read SMB audit events ({string.Join(", ", evidence)}) and judge, per ring and control, whether enforcing would break clients.");
        foreach (var symbol in options.All)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction(parse => Run(parse, options, console));
        return command;
    }

    private static int Run(ParseResult parse, ReadinessCommandOptions options, CliConsole console)
    {
        int Fail(string message)
        {
            console.Error.WriteLine("smbpol readiness: " + message);
            return ExitCodes.Failure;
        }

        var threshold = parse.GetValue(options.AlertThreshold);
        if (threshold is < 0)
        {
            return Fail($"--alert-threshold must be 0 or more, not {threshold}.");
        }

        var (readOptions, readError) = options.ReadOptions(parse);
        if (readOptions is null)
        {
            return Fail(readError!);
        }

        var eventPaths = parse.GetValue(options.Events) ?? [];
        var (files, inputErrors) = EventInputs.Find(eventPaths);
        if (eventPaths.Length == 0 || inputErrors.Count > 0 || files.Count == 0)
        {
            return Fail(eventPaths.Length == 0 ? "--events needs at least one file or folder." : string.Join("; ", inputErrors.DefaultIfEmpty("no event file found")) + ". Give the exported event files or the folders that hold them.");
        }

        var compilation = PolicyLoader.Load(parse.GetValue(options.Path)!, CommonOptions.Today(parse.GetValue(options.AsOf)));
        if (compilation.Resolved is not { } policy)
        {
            DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
            return Fail($"the policy in {compilation.Root} could not be loaded; run 'smbpol validate {compilation.Root}'.");
        }

        if (compilation.HasErrors)
        {
            console.Error.WriteLine($"smbpol readiness: warning: the policy has errors; the report uses it as bound. Run 'smbpol validate {compilation.Root}'.");
        }

        if (parse.GetValue(options.Ring) is { } ring && policy.Ring(ring) is null)
        {
            return Fail($"the policy has no ring '{ring}'; its rings are {string.Join(", ", policy.Rings.Select(r => r.Name))}.");
        }

        var (inventory, inventoryError) = options.ReadInventory(parse);
        if (inventoryError is not null)
        {
            return Fail(inventoryError);
        }

        var settings = new ReadinessOptions { Events = readOptions, Inventory = inventory, AlertThreshold = threshold, Ring = parse.GetValue(options.Ring) };
        var clock = Stopwatch.StartNew();
        var report = ProgressDisplay.Run(console, display => ReadinessRun.Run(policy, compilation.AsOf, [.. eventPaths], settings, display is null
            ? null
            : progress => display.Update(ReadinessProgressText.Bar, ReadinessProgressText.Describe(progress, clock.Elapsed), progress.BytesRead, progress.TotalBytes)));
        options.Report.Write(console, parse, report);
        if (options.Report.WantsSummary(parse))
        {
            WriteSummary(console.Error, report, parse.GetValue(options.Report.Output));
        }

        return report.AnyGatedNotReady ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void WriteSummary(TextWriter error, ReadinessReport report, string? output)
    {
        var controls = report.Controls.ToList();
        error.WriteLine($"readiness: {controls.Count(c => c.Verdict == Verdict.Ready)} ready, {controls.Count(c => c.Verdict == Verdict.NotReady)} not ready, " +
                        $"{controls.Count(c => c.Verdict == Verdict.ThinEvidence)} thin evidence, {controls.Count(c => c.Verdict == Verdict.NotEnoughData)} not enough data, of {controls.Count} ring control(s)" + (output is null ? "." : $"; report written to {output}."));
        error.WriteLine("input: " + ReadReportText.Counts(report.Input));
        ReadReportText.WriteBanner(error, report.Input);
        foreach (var problem in report.Input.Read.Problems)
        {
            error.WriteLine("  " + SafeText.Clean(problem.ToString(), 400));
        }
    }
}
