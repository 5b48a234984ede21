using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Probes every target over SMB (its DNS name or --targets address, port 445 unless given) with bounded concurrency,
/// a timeout and retries. Every target gets a wire observation: what the negotiate showed, or why there was none.
/// A policy host whose settings a negotiate cannot show (a client, say) is not probed: nothing is waited for there.
/// </summary>
public sealed class WireSource(WireScanOptions options) : ILiveStateSource
{
    public const string SourceName = "wire";

    private const string NothingToSee = "not probed: the policy declares nothing on this host that an SMB negotiate shows";

    public string Name => SourceName;

    public async Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation)
    {
        var scanner = new WireScanner(options);
        var observations = new HostObservation?[targets.Count];
        var probed = new List<(int Index, HostTarget Endpoint)>();
        var cannotProbe = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Host is { Ring: not null, Settings.Count: > 0 } host && !host.Settings.Any(s => WireEvaluation.CanSee(s.Setting)))
            {
                observations[i] = new HostObservation(targets[i].Name, Name) { Wire = new WireObservation(targets[i].Address, null, null, null, NothingToSee) };
            }
            else if (HostTarget.TryParse(targets[i].Address, out var endpoint, out var error))
            {
                probed.Add((i, endpoint));
            }
            else
            {
                cannotProbe++;
                observations[i] = new HostObservation(targets[i].Name, Name)
                {
                    Wire = new WireObservation(targets[i].Address, null, null, null, $"cannot probe: {error}"),
                };
            }
        }

        var scanProgress = progress is null ? null : new Progress(progress, Name, targets.Count - probed.Count, cannotProbe);
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
        // Without an SMB2 answer, an SMB1 "NT LM 0.12" reply still carries the server's SecurityMode signing bits.
        var smb1Signing = result.Smb2 is null && result.Smb1.Support == Smb1Support.Accepted ? result.Smb1.SigningRequired : null;
        return new WireObservation(endpoint, result.SigningRequired ?? smb1Signing, result.Dialect, smb1, result.Failure?.ToString())
        {
            Smb1Evidence = result.Smb1.Evidence,
            SigningFromSmb1 = smb1Signing is not null,
        };
    }

    private sealed class Progress(IProgress<SourceProgress> inner, string source, int skipped, int failedSkips) : IProgress<WireScanProgress>
    {
        public void Report(WireScanProgress value) =>
            inner.Report(new SourceProgress(source, value.Completed + skipped, value.Total + skipped, value.Failed + failedSkips, value.Latest.Target.ToString()));
    }
}
