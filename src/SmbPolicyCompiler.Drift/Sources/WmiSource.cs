using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources.Wmi;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reads each target remotely through CIM (Microsoft.Management.Infrastructure, WS-Man with DCOM as the fallback):
/// Get-SmbServer/ClientConfiguration's classes, the four registry keys through StdRegProv, the OS build — what
/// Collect-SmbState.ps1 records, without running anything on the server. Needs the Windows management runtime (mi.dll,
/// probed before any call: <see cref="CimRuntime"/>) and rights to read CIM remotely on the servers. A host that cannot
/// be read is unknown with the reason; without the runtime every host is, with that reason.
/// </summary>
public sealed class WmiSource(int maxConcurrency, TimeSpan timeout, int retries) : ILiveStateSource
{
    /// <summary>A host's whole read (several CIM calls, and a second protocol) gives up after this many timeouts.</summary>
    private const int CallsPerHost = 8;

    private static readonly TimeSpan RetryBackoff = TimeSpan.FromMilliseconds(500);

    public string Name => "wmi";

    public async Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation)
    {
        if (CimRuntime.Missing() is { } missing)
        {
            return Unreadable(targets, missing, progress);
        }

        var observations = new HostObservation[targets.Count];
        var completed = 0;
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
        {
            var observation = await ReadHostAsync(targets[i], token).ConfigureAwait(false);
            observations[i] = observation;
            var failedSoFar = observation.Unreadable is null ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
            progress?.Report(new SourceProgress(Name, Interlocked.Increment(ref completed), targets.Count, failedSoFar, targets[i].Name));
        }).ConfigureAwait(false);
        return SourceResult.Of(Name, observations);
    }

    private SourceResult Unreadable(IReadOnlyList<DriftTarget> targets, string reason, IProgress<SourceProgress>? progress)
    {
        var observations = targets.Select(t => HostObservation.Failed(t.Name, Name, reason)).ToList();
        progress?.Report(new SourceProgress(Name, targets.Count, targets.Count, targets.Count, targets.Count > 0 ? targets[^1].Name : null));
        return SourceResult.Of(Name, observations);
    }

    private async Task<HostObservation> ReadHostAsync(DriftTarget target, CancellationToken cancellation)
    {
        var address = HostTarget.TryParse(target.Address, out var endpoint, out _) ? endpoint.Host : target.Address;
        for (var attempt = 1; ; attempt++)
        {
            var read = Task.Factory.StartNew(() => CimHostReader.Read(address, timeout), cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var finished = await Task.WhenAny(read, Task.Delay(timeout * CallsPerHost, cancellation)).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            if (finished != read)
            {
                _ = read.ContinueWith(t => t.Exception, TaskScheduler.Default);
                return HostObservation.Failed(target.Name, Name, $@"\\{address}: no answer through CIM within {(timeout * CallsPerHost).TotalSeconds:0.#} s");
            }

            try
            {
                return WmiObservations.From(target.Name, Name, await read.ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (!CimErrors.IsTransient(e) || attempt > retries)
                {
                    return HostObservation.Failed(target.Name, Name, $@"\\{address}: {CimErrors.Describe(e)}");
                }
            }

            await Task.Delay(RetryBackoff * attempt, cancellation).ConfigureAwait(false);
        }
    }
}
