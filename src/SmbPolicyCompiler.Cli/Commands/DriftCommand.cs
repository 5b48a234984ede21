using System.CommandLine;
using System.CommandLine.Parsing;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Reports;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// <c>smbpol drift [path] --source ...</c>: compares live servers with the policy. Exit 0 when everything read
/// matches, 1 on drift (or on anything unknown with --fail-on-unknown), 2 when it could not run.
/// </summary>
internal static class DriftCommand
{
    public static Command Create(CliConsole console)
    {
        var path = CommonOptions.PolicyPath();
        var sources = new Option<string[]>("--source", "-s")
        {
            Description = $"Where live state comes from: {DriftSourceSpecs.Usage}. Repeat to combine.",
            Arity = ArgumentArity.OneOrMore,
        };
        var targets = new Option<string[]>("--targets", "-t")
        {
            Description = "[name=]address[:port] entries (repeatable or comma-separated): name= points a policy host at an address; " +
                          "without a name, the address is a host to check (reported as not in the policy unless it names one).",
            Arity = ArgumentArity.OneOrMore,
        };
        var asOf = CommonOptions.AsOf();
        var output = new ReportOutput<DriftReport>(ReportWriters.Drift);
        var failOnUnknown = new Option<bool>("--fail-on-unknown") { Description = "Exit 1 also when a setting or an input could not be read." };
        var concurrency = Bounded("--concurrency", "Hosts probed or read at once (wire, wmi).", WireScanOptions.Default.MaxConcurrency, 1, 65536);
        var timeout = Bounded("--timeout", "Milliseconds to wait for one host's answer (wire, wmi).", (int)WireScanOptions.Default.Timeout.TotalMilliseconds, 1, 600_000);
        var retries = Bounded("--retries", "Extra attempts after a timeout or reset (wire, wmi).", WireScanOptions.Default.Retries, 0, 10);
        var command = new Command("drift", "Compare live servers (snapshots, reg exports, WMI, the SMB wire) with the policy.")
        {
            path, sources, targets, asOf, output.Format, failOnUnknown, concurrency, timeout, retries, output.Output,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var wire = new WireScanOptions
            {
                MaxConcurrency = parse.GetValue(concurrency),
                Timeout = TimeSpan.FromMilliseconds(parse.GetValue(timeout)),
                Retries = parse.GetValue(retries),
            };
            var run = new DriftRun(console, parse.GetValue(path)!, CommonOptions.Today(parse.GetValue(asOf)), parse.GetValue(sources) ?? [],
                Split(parse.GetValue(targets)), wire);
            DriftReport? report;
            try
            {
                report = await run.ExecuteAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                console.Error.WriteLine("smbpol: drift was cancelled; no report was written");
                return ExitCodes.Failure;
            }

            if (report is null)
            {
                return ExitCodes.Failure;
            }

            output.Write(console, parse, report);
            if (output.WantsSummary(parse))
            {
                console.Error.WriteLine("smbpol drift: " + DriftText.Summary(report));
            }

            return report.HasDrift || (parse.GetValue(failOnUnknown) && report.HasUnknown) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static Option<int> Bounded(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && (value < min || value > max))
            {
                result.AddError($"{name} is {value}; it must be {min} to {max}");
            }
        });
        return option;
    }

    private static List<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
