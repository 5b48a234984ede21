using System.Diagnostics;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// The measured side, run in its own process so that its peak working set is its own: reads one file through the
/// full pipeline (format detection, parsing, deduplication, interpretation) and keeps per-client counts (clients seen by servers) the way a
/// readiness report would, then prints one line of figures and whether the totals match the generator's.
/// </summary>
internal static class MeasureChild
{
    public static int Run(string[] args)
    {
        var (file, engine, expected) = (args[0], args[1], args[2]);
        var options = new EventReadOptions { XmlEngine = engine == "xmlreader" ? XmlEngine.XmlReader : XmlEngine.Fast };
        var reader = new AuditEventReader(options);
        var perClient = new Dictionary<NetworkName, int>();
        var watch = Stopwatch.StartNew();
        long events = 0;
        foreach (var e in reader.ReadAudit([file]))
        {
            events++;
            if (e.Side == AuditSide.Server && e.Client is { } client)
            {
                perClient[client] = perClient.GetValueOrDefault(client) + 1;
            }
        }

        watch.Stop();
        var report = reader.Report;
        var byId = string.Join(",", report.AuditEventsById.Select(p => $"{p.Key}:{p.Value}"));
        var ok = byId == expected && report.Problems.Count == 0 && report.DuplicatesRemoved == 0;
        var megabytes = new FileInfo(file).Length / 1e6;
        var seconds = watch.Elapsed.TotalSeconds;
        var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / 1e6;
        var cpu = process.TotalProcessorTime.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() / 1e9;
        Console.WriteLine($"{megabytes,8:F0} {events,10:N0} {seconds,8:F2} {events / seconds,10:N0} {megabytes / seconds,8:F0} {cpu,6:F2} {megabytes / cpu,8:F0} {allocated,6:F2} {peak,8:F0} {perClient.Count,8:N0}  {(ok ? "totals match" : "MISMATCH " + byId + " problems " + report.Problems.Count)}");
        return 0;
    }
}
