namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Runs one job per control on a few threads that take the next job from a shared counter, in the order given
/// (heaviest first by default, so the last job to start is a small one), and keeps each result at its job's index,
/// so the results do not depend on which thread ran what or when it finished.
/// </summary>
internal static class VerdictWork
{
    /// <summary>Job indexes by descending weight; equal weights in index order.</summary>
    public static int[] HeaviestFirst(IReadOnlyList<long> weights) =>
        [.. Enumerable.Range(0, weights.Count).OrderByDescending(i => weights[i]).ThenBy(i => i)];

    /// <summary>
    /// Starts <paramref name="job"/> on another thread when there is more than one worker, so that it runs beside the
    /// caller's own work (the lists of the report beside the verdicts); with one worker, runs it now.
    /// </summary>
    public static Task<T> Beside<T>(int workers, Func<T> job) => workers > 1 ? Task.Run(job) : Task.FromResult(job());

    public static T[] Run<T>(IReadOnlyList<long> weights, int workers, Func<IReadOnlyList<long>, int[]> order, Func<int, T> job)
    {
        var sequence = order(weights);
        var results = new T[weights.Count];
        var next = -1;
        var threads = Math.Clamp(workers, 1, Math.Max(1, sequence.Length));
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            int taken;
            while ((taken = Interlocked.Increment(ref next)) < sequence.Length)
            {
                var index = sequence[taken];
                results[index] = job(index);
            }
        });
        return results;
    }
}
