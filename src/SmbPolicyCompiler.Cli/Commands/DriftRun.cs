using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>One drift run: policy, targets, sources, evaluation. Null when it could not run (the reason is on stderr).</summary>
internal sealed class DriftRun(CliConsole console, string path, DateOnly asOf, IReadOnlyList<string> sourceSpecs, IReadOnlyList<string> targetSpecs, WireScanOptions wire)
{
    public async Task<DriftReport?> ExecuteAsync(CancellationToken cancellation)
    {
        if (LoadPolicy() is not { } policy || Prepare(policy) is not var (targets, sources))
        {
            return null;
        }

        try
        {
            var readings = await ProgressDisplay.RunAsync(console, async display =>
            {
                var progress = display is null ? null : new DriftProgress(display);
                var results = new List<SourceResult>();
                foreach (var source in sources)
                {
                    results.Add(await source.ReadAsync(targets, progress, cancellation).ConfigureAwait(false));
                }

                return results;
            }).ConfigureAwait(false);
            return DriftEvaluator.Evaluate(targets, readings, asOf, policy);
        }
        catch (SourceUnavailableException e)
        {
            return Fail(e.Message);
        }
    }

    private ResolvedPolicy? LoadPolicy()
    {
        var compilation = PolicyLoader.Load(path, asOf);
        if (compilation.Resolved is { } policy && !compilation.HasErrors)
        {
            return policy;
        }

        DiagnosticOutput.WriteToError(console, compilation.Diagnostics);
        return Fail<ResolvedPolicy>($"the policy in {compilation.Root} {(compilation.Resolved is null ? "could not be read" : "has errors")}; " +
                                    $"drift compares with a valid policy only (run 'smbpol validate {compilation.Root}')");
    }

    private (IReadOnlyList<DriftTarget>, IReadOnlyList<ILiveStateSource>)? Prepare(ResolvedPolicy policy)
    {
        try
        {
            var specs = targetSpecs.Select(t => TargetSpec.TryParse(t, out var spec, out var error) ? spec : throw new ArgumentException("--targets " + error)).ToList();
            return (DriftTargets.Resolve(policy, specs), DriftSourceSpecs.Parse(sourceSpecs, wire));
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine("smbpol: " + e.Message);
            return null;
        }
    }

    private DriftReport? Fail(string message) => Fail<DriftReport>(message);

    private T? Fail<T>(string message)
        where T : class
    {
        console.Error.WriteLine("smbpol: " + message);
        return null;
    }
}
