using System.Diagnostics;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>Wall time and peak memory of one run, printed the same way by every benchmark.</summary>
public static class Measure
{
    public static (TimeSpan Elapsed, T Result) Time<T>(Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        return (watch.Elapsed, result);
    }

    /// <summary>The process's peak resident memory so far (VmHWM on Linux), in MB.</summary>
    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
