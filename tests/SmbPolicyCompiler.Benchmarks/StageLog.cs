using System.Diagnostics;
using System.Globalization;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Where one run's time and memory go, stage by stage (on stderr, for profiling a child run by hand): wall and CPU ms
/// since the previous mark, bytes allocated in it, the managed heap after it and the process's peak so far;
/// with SMBPOL_SCALE_LIVE set, also the live heap after a full collection (which changes the figures it measures);
/// SMBPOL_SCALE_PAUSE=&lt;stage&gt; waits 90 s after that stage, to take a heap dump.
/// </summary>
public sealed class StageLog(TextWriter writer)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    public void Mark(string stage)
    {
        var live = Environment.GetEnvironmentVariable("SMBPOL_SCALE_LIVE") is null ? "" : string.Create(CultureInfo.InvariantCulture, $"  live {GC.GetTotalMemory(true) / 1048576.0,6:F0} MB");
        using var process = Process.GetCurrentProcess();
        var (wall, cpu, allocated) = (_watch.Elapsed, process.TotalProcessorTime, GC.GetTotalAllocatedBytes());
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-14} wall {(wall - _lastWall).TotalMilliseconds,7:F0} ms  cpu {(cpu - _lastCpu).TotalMilliseconds,7:F0} ms  allocated {(allocated - _lastAllocated) / 1048576.0,7:F0} MB  heap {GC.GetTotalMemory(false) / 1048576.0,6:F0} MB  peak {Measure.PeakMegabytes(),6:F0} MB  gen2 {GC.CollectionCount(2)}{live}"));
        if (Environment.GetEnvironmentVariable("SMBPOL_SCALE_PAUSE") == stage)
        {
            writer.WriteLine($"  paused 90 s after {stage} (process {Environment.ProcessId}), e.g. for dotnet-gcdump");
            Thread.Sleep(TimeSpan.FromSeconds(90));
        }

        (_lastWall, _lastCpu, _lastAllocated) = (wall, cpu, allocated);
    }
}
