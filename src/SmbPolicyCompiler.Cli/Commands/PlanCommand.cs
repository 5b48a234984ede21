using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Plan;
using SmbPolicyCompiler.Plan.Diff;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Sources;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary><c>smbpol plan --base &lt;ref|folder&gt; [--head policies]</c>: what a change would do to the rollout, and its risks.</summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var baseOption = new Option<string>("--base") { Description = "The version to compare against: a git ref (branch, tag, commit) or a folder.", Required = true };
        var head = new Option<string>("--head") { Description = "The changed policy folder.", DefaultValueFactory = _ => CommonOptions.DefaultPolicyFolder };
        var asOf = CommonOptions.AsOf();
        var output = new ReportOutput<RolloutPlan>(ReportWriters.Plan);
        var events = new Option<string[]>("--events")
        {
            Description = "Audit-event exports (files or folders): rings moving to enforce are checked against them, and SMB1 turned off where SMB1 clients were seen.",
            AllowMultipleArgumentsPerToken = true,
        };
        var inventory = new Option<string?>("--inventory") { Description = "A client inventory CSV for the readiness check (host or IP, owner, device type, location)." };
        var command = new Command("plan", "Show what a change to the policy would do: stage changes, servers that move, exceptions, generated files, risks.")
        {
            baseOption, head, asOf, output.Format, output.Output, events, inventory,
        };
        command.SetAction(parse =>
        {
            var today = CommonOptions.Today(parse.GetValue(asOf));
            var headFolder = parse.GetValue(head)!;
            try
            {
                using var snapshot = PolicySnapshot.Resolve(parse.GetValue(baseOption)!, headFolder);
                var before = PolicyLoader.Load(snapshot.Folder, today, snapshot.Display);
                if (before.Resolved is null || before.HasErrors)
                {
                    console.Error.WriteLine($"smbpol: the base version ({snapshot.Display}) does not validate, so there is nothing to compare against:");
                    DiagnosticOutput.WriteToError(console, before.Diagnostics);
                    return ExitCodes.Failure;
                }

                var after = PolicyLoader.Load(headFolder, today);
                if (after.InputUnreadable)
                {
                    console.Error.WriteLine($"smbpol: the head version ({headFolder}) could not be read:");
                    DiagnosticOutput.WriteToError(console, after.Diagnostics);
                    return ExitCodes.Failure;
                }

                // A head with errors still gets its plan, the errors first as blocking findings: the pull-request comment
                // says why the change cannot merge.
                var readiness = after.Resolved is not null && parse.GetValue(events) is { Length: > 0 } eventPaths
                    ? PlanEvidence.Read(after.Resolved, today, eventPaths, PlanReadinessOptions.With(parse.GetValue(inventory)))
                    : null;
                var plan = after.HasErrors
                    ? PlanBuilder.BuildWithErrors(before.Resolved, after, snapshot.Display, headFolder, today, readiness)
                    : PlanBuilder.Build(before.Resolved, after.Resolved!, snapshot.Display, headFolder, today, readiness);
                if (plan.HasBlocking)
                {
                    console.Error.WriteLine($"smbpol: the head version ({headFolder}) does not validate ({plan.Blocking.Count} error(s)); the plan lists them first.");
                }

                output.Write(console, parse, plan);

                return plan.HasBlocking || plan.HasRisks ? ExitCodes.Findings : ExitCodes.Ok;
            }
            catch (PlanInputException e)
            {
                console.Error.WriteLine("smbpol: " + e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
