using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SmbPolicyCompiler.Benchmarks.Events;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Benchmarks.Reports;

/// <summary>
/// report-json: builds a large readiness report (default 100,000 clients, each blocking signing and SPN validation at
/// three servers on several days: a client, computer and blocking entry per client) from a SIEM aggregate, then writes
/// it as JSON to a file, each writer in its own child process pinned to one core (one writer today: the hand-streamed
/// Utf8JsonWriter it was measured against, in commit 986d2bc, was no faster and no smaller, and is gone). Prints, per writer, the time and CPU
/// time of the write alone, the resident memory before it (report built; on Linux the peak is reset there) and the
/// peak during it (the difference is what the writer adds), the managed bytes it allocated, the size, and whether the
/// outputs are byte-identical. Options: --clients N.
/// </summary>
public sealed class ReportJsonBenchmark : IBenchmark
{
    private static readonly IReadOnlyDictionary<string, Func<IReportWriter<ReadinessReport>>> Writers =
        new Dictionary<string, Func<IReportWriter<ReadinessReport>>>(StringComparer.Ordinal)
        {
            ["serializer"] = () => new ReadinessJson(),
        };

    public string Name => "report-json";

    public string Summary => "readiness JSON report of 100,000 clients written to a file: seconds, CPU s, peak memory per writer";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.FirstOrDefault() == "--measure")
        {
            return Task.FromResult(MeasureChild(arguments[1], arguments[2], output));
        }

        var clients = SelfChild.Option(arguments, "--clients") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
        var folder = Path.Combine(Path.GetTempPath(), "smbpol-report-json-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            SyntheticAuditPolicy.Write(Path.Combine(folder, "policy"));
            WriteAggregate(Path.Combine(folder, "aggregate.csv"), clients);
            output.WriteLine($"report of {clients:N0} clients; each writer in its own process, pinned to one core");
            output.WriteLine($"{"writer",-11} {"MB",7} {"seconds",8} {"cpu s",7} {"MB before",15} {"peak MB during",14} {"added MB",9} {"allocated MB",13}  check");
            var hashes = new List<string>();
            foreach (var writer in Writers.Keys.Order(StringComparer.Ordinal))
            {
                var line = Child(folder, writer);
                output.WriteLine(line);
                hashes.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last());
            }

            var identical = hashes.Distinct().Count() == 1;
            if (hashes.Count > 1)
            {
                output.WriteLine(identical ? "outputs byte-identical" : "OUTPUTS DIFFER");
            }

            return Task.FromResult(identical ? 0 : 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Per client: signing (3021) at three servers over three days and one SPN failure (3024), so it blocks both controls.</summary>
    private static void WriteAggregate(string path, int clients)
    {
        var start = new DateOnly(2025, 10, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Server,Client,EventId,Day,Count,FirstSeen,LastSeen,Users,Spns,Ring,Group\n");
        for (var client = 0; client < clients; client++)
        {
            for (var k = 0; k < 3; k++)
            {
                var server = (client + (k * 17)) % SyntheticAuditLog.Servers + 1;
                var day = start.AddDays((client + k) % 30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"fs{server:D2}.contoso.com,ws-{client:D6},3021,{day},{k + 1},{day}T08:00:00Z,{day}T17:00:00Z,CONTOSO\\user{client % 5000},,,\n"));
            }

            var spnDay = start.AddDays(client % 30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"fs{client % SyntheticAuditLog.Servers + 1:D2}.contoso.com,ws-{client:D6},3024,{spnDay},1,{spnDay}T09:00:00Z,{spnDay}T09:00:00Z,,cifs/fs{client % 7:D2}.contoso.com,,\n"));
        }
    }

    private static int MeasureChild(string folder, string writerName, TextWriter output)
    {
        var policy = PolicyLoader.Load(Path.Combine(folder, "policy"), SyntheticAuditPolicy.AsOf).Resolved ?? throw new InvalidOperationException("the benchmark policy does not load");
        var report = ReadinessRun.Run(policy, SyntheticAuditPolicy.AsOf, [Path.Combine(folder, "aggregate.csv")]);
        GC.Collect();
        ResetPeak();
        var peakBefore = Measure.PeakMegabytes();
        var file = Path.Combine(folder, writerName + ".json");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        using (var text = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            Writers[writerName]().Write(text, report);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
        var peakAfter = Measure.PeakMegabytes();
        using var stream = File.OpenRead(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        output.WriteLine($"{writerName,-11} {stream.Length / 1e6,7:F0} {seconds,8:F2} {cpu,7:F2} {peakBefore,15:F0} {peakAfter,14:F0} {peakAfter - peakBefore,9:F0} {allocated,13:F0}  " +
                         $"{report.Clients.Count:N0} clients, {report.Controls.Sum(c => c.Blocking.Count):N0} blocking  {hash}");
        return 0;
    }

    /// <summary>Linux: restarts the peak-resident count (VmHWM) at the current size, so the peak after is the write's own.</summary>
    private static void ResetPeak()
    {
        if (OperatingSystem.IsLinux())
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    private static string Child(string folder, string writer)
    {
        var line = SelfChild.Run(["report-json", "--measure", folder, writer], oneCore: true);
        return line.StartsWith("failed (", StringComparison.Ordinal) ? $"{writer} {line}" : line;
    }
}
