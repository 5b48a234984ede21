using System.Diagnostics;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// The measured side of the readiness benchmark, in its own process: loads the synthetic policy, reads one file through
/// the whole readiness pipeline (detection, parsing, deduplication, interpretation, aggregation), builds the verdicts
/// and writes the JSON report to nowhere; prints one line of figures (total and the verdict and JSON parts, peak working
/// set, and the memory still live at the end with the tallies and the report held) and whether the totals match.
/// </summary>
internal static class MeasureReadinessChild
{
    public const string Header = "     MB     events  seconds   events/s     MB/s    cpu s MB/cpu-s  main cpu s verdicts s verdict cpu   json s  peak MB  live MB  clients alloc GB  GCs 0/1/2  check";

    public static int Run(string[] args)
    {
        var (file, policyFolder, expected) = (args[0], args[1], args[2]);
        var policy = PolicyLoader.Load(policyFolder, SyntheticAuditPolicy.AsOf).Resolved ?? throw new InvalidOperationException("the benchmark policy does not load");
        var analyzer = new ReadinessAnalyzer(policy, SyntheticAuditPolicy.AsOf);
        var reader = new AuditEventReader();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var mainCpuBefore = ThisThreadCpuSeconds();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var watch = Stopwatch.StartNew();
        foreach (var e in reader.ReadAudit([file]))
        {
            analyzer.Add(e);
        }

        var reading = watch.Elapsed.TotalSeconds;
        var mainCpu = ThisThreadCpuSeconds() - mainCpuBefore;
        var cpuBeforeVerdicts = Process.GetCurrentProcess().TotalProcessorTime;
        var report = analyzer.Build(reader.Report);
        var verdicts = watch.Elapsed.TotalSeconds - reading;
        var verdictCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBeforeVerdicts).TotalSeconds;
        new ReadinessJson().Write(TextWriter.Null, report);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e9;
        var collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        var byId = string.Join(",", report.Input.Read.AuditEventsById.Select(p => $"{p.Key}:{p.Value}"));
        var ok = byId == expected && report.Input.Read.Problems.Count == 0 && report.Input.Events == analyzer.Events && report.Input.UnknownComputers == 0;
        var megabytes = new FileInfo(file).Length / 1e6;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        var live = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
        GC.KeepAlive(analyzer);
        GC.KeepAlive(report);
        var outcome = string.Join(" ", report.Controls.GroupBy(c => c.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        Console.WriteLine($"{megabytes,7:F0} {analyzer.Events,10:N0} {seconds,8:F2} {analyzer.Events / seconds,10:N0} {megabytes / seconds,8:F0} {cpu,8:F2} {megabytes / cpu,9:F0} {mainCpu,11:F2} {verdicts,10:F2} {verdictCpu,11:F2} {seconds - reading - verdicts,8:F2} {peak,8:F0} {live,8:F0} {report.Clients.Count,8:N0} {allocated,8:F2} {collections,10}  " +
                          (ok ? "totals match; " + outcome : $"MISMATCH {byId} problems {report.Input.Read.Problems.Count} unknown computers {report.Input.UnknownComputers}"));
        return 0;
    }

    /// <summary>
    /// CPU seconds of the calling thread (Linux: /proc/thread-self/stat, clock ticks of 10 ms), NaN elsewhere. While
    /// reading, this is the one thread that takes the parsed records in order (dedupe, counts, aggregation): the part of
    /// the work that does not spread over the cores.
    /// </summary>
    private static double ThisThreadCpuSeconds()
    {
        if (!File.Exists("/proc/thread-self/stat"))
        {
            return double.NaN;
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
    }
}
