using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Probes every target over SMB (its DNS name or --targets address, port 445 unless given) with bounded concurrency,
/// a timeout and retries. Every target gets a wire observation: what the negotiate showed, or why there was none.
/// </summary>
public sealed class WireSource(WireScanOptions options) : ILiveStateSource
{
    public string Name => "wire";

    public async Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation)
    {
        var scanner = new WireScanner(options);
        var observations = new HostObservation?[targets.Count];
        var probed = new List<(int Index, HostTarget Endpoint)>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (HostTarget.TryParse(targets[i].Address, out var endpoint, out var error))
            {
                probed.Add((i, endpoint));
            }
            else
            {
                observations[i] = new HostObservation(targets[i].Name, Name)
                {
                    Wire = new WireObservation(targets[i].Address, null, null, null, $"cannot probe: {error}"),
                };
            }
        }

        var scanProgress = progress is null ? null : new Progress(progress, Name, targets.Count - probed.Count);
        var results = await scanner.ScanAsync(probed.Select(p => p.Endpoint).ToList(), scanProgress, cancellation).ConfigureAwait(false);
        for (var i = 0; i < probed.Count; i++)
        {
            var target = targets[probed[i].Index];
            observations[probed[i].Index] = new HostObservation(target.Name, Name) { Wire = Observe(results[i]) };
        }

        return SourceResult.Of(Name, observations.Select(o => o!).ToList());
    }

    /// <summary>What the probe result says in the terms the evaluator uses.</summary>
    public static WireObservation Observe(WireProbeResult result)
    {
        var endpoint = result.Target.ToString();
        if (result.RemoteAddress is { } address && result.Target.Address is null)
        {
            endpoint += $" ({address})";
        }

        var smb1 = result.Smb1.Support switch
        {
            Smb1Support.Accepted => true,
            Smb1Support.Rejected => (bool?)false,
            _ => null,
        };
        return new WireObservation(endpoint, result.SigningRequired, result.Dialect, smb1, result.Failure?.ToString())
        {
            Smb1Evidence = result.Smb1.Evidence,
        };
    }

    private sealed class Progress(IProgress<SourceProgress> inner, string source, int skipped) : IProgress<WireScanProgress>
    {
        public void Report(WireScanProgress value) =>
            inner.Report(new SourceProgress(source, value.Completed + skipped, value.Total + skipped, value.Failed + skipped, value.Latest.Target.ToString()));
    }
}
