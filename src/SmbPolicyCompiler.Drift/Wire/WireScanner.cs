namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Probes many hosts over SMB with bounded concurrency. Every host gets a <see cref="WireProbeResult"/>,
/// in the order the targets were given (a target listed twice is probed twice). Nothing a peer does throws;
/// only cancellation does (<see cref="OperationCanceledException"/>).
/// </summary>
internal sealed class WireScanner
{
    private readonly WireProber _prober;

    public WireScanner(WireScanOptions? options = null)
    {
        Options = options ?? WireScanOptions.Default;
        Options.Validate();
        _prober = new WireProber(Options, Guid.NewGuid());
    }

    public WireScanOptions Options { get; }

    public Task<WireProbeResult> ProbeAsync(HostTarget target, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return _prober.ProbeAsync(target, cancellation);
    }

    public async Task<IReadOnlyList<WireProbeResult>> ScanAsync(
        IReadOnlyList<HostTarget> targets,
        IProgress<WireScanProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var results = new WireProbeResult[targets.Count];
        var next = -1;
        var completed = 0;
        var failed = 0;
        var inFlight = new SortedSet<int>();

        IReadOnlyList<int> Probing(int index, bool starting)
        {
            lock (inFlight)
            {
                _ = starting ? inFlight.Add(index) : inFlight.Remove(index);
                return [.. inFlight];
            }
        }

        async Task WorkAsync()
        {
            for (var index = Interlocked.Increment(ref next); index < targets.Count; index = Interlocked.Increment(ref next))
            {
                cancellation.ThrowIfCancellationRequested();
                if (progress is not null)
                {
                    progress.Report(new WireScanProgress(Volatile.Read(ref completed), targets.Count, Volatile.Read(ref failed), null, Probing(index, starting: true)));
                }

                var result = await _prober.ProbeAsync(targets[index], cancellation).ConfigureAwait(false);
                results[index] = result;
                var failedSoFar = result.Succeeded ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
                var done = Interlocked.Increment(ref completed);
                if (progress is not null)
                {
                    progress.Report(new WireScanProgress(done, targets.Count, failedSoFar, index, Probing(index, starting: false)));
                }
            }
        }

        var workers = Math.Min(Options.MaxConcurrency, targets.Count);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, cancellation))).ConfigureAwait(false);
        return results;
    }
}
