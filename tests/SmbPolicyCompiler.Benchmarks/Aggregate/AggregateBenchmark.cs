using System.Diagnostics;
using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Benchmarks.Events;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Readiness;

namespace SmbPolicyCompiler.Benchmarks.Aggregate;

/// <summary>
/// aggregate: writes a SIEM readiness aggregate of N rows (default 10,000,000) as CSV, the way a Sentinel or Splunk
/// export of generated/siem's readiness-aggregate query looks (50 servers × 2,000 clients × event ids × 60 days, each
/// (server, client, id, day) once), then runs readiness on it in a child process pinned to one core and prints rows/s,
/// MB/s, the child's peak working set and its CPU time (the machine may be shared: rows per CPU second is the
/// figure that does not depend on the load). Figures only. Options: --rows N, --folder DIR (kept afterwards).
/// </summary>
public sealed class AggregateBenchmark : IBenchmark
{
    private static readonly int[] EventIds = [3021, 3024, 3025, 3000, 3022];

    public string Name => "aggregate";

    public string Summary => "readiness from a SIEM readiness aggregate of 10,000,000 rows (CSV): rows/s, MB/s, peak memory";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.FirstOrDefault() == "--measure")
        {
            return Task.FromResult(MeasureChild(arguments[1], long.Parse(arguments[2], CultureInfo.InvariantCulture), output));
        }

        var rows = SelfChild.Option(arguments, "--rows") is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 10_000_000;
        var keep = SelfChild.Option(arguments, "--folder");
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "smbpol-aggregate-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            SyntheticAuditPolicy.Write(Path.Combine(folder, "policy"));
            var file = Path.Combine(folder, "aggregate.csv");
            var watch = Stopwatch.StartNew();
            var events = Write(file, rows);
            output.WriteLine($"wrote {file} ({new FileInfo(file).Length / 1e6:F0} MB, {rows:N0} rows, {events:N0} events) in {watch.Elapsed.TotalSeconds:F1} s");
            output.WriteLine($"{"rows",12} {"MB",7} {"seconds",8} {"rows/s",12} {"MB/s",7} {"peak MB",8} {"cpu s",7} {"rows/cpu-s",12}  check");
            output.WriteLine(Child(folder, rows));
            return Task.FromResult(0);
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Rows in the column order of the generated queries; returns the sum of the counts.</summary>
    private static long Write(string path, long rows)
    {
        var start = new DateOnly(2025, 9, 1);
        long events = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Server,Client,EventId,Day,Count,FirstSeen,LastSeen,Users,Spns,Ring,Group\n");
        for (long i = 0; i < rows; i++)
        {
            var server = (int)(i % SyntheticAuditLog.Servers) + 1;
            var client = (int)(i / SyntheticAuditLog.Servers % SyntheticAuditLog.Clients);
            var pairs = (long)SyntheticAuditLog.Servers * SyntheticAuditLog.Clients;
            var id = EventIds[(int)(i / pairs % EventIds.Length)];
            var day = start.AddDays((int)(i / (pairs * EventIds.Length) % 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var count = (int)(i % 7) + 1;
            events += count;
            var users = id == 3021 ? $"CONTOSO\\user{client % 500}" : string.Empty;
            var spns = id == 3025 ? $"cifs/fs{server:D2}.contoso.com" : string.Empty;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"fs{server:D2}.contoso.com,ws-{client:D5},{id},{day},{count},{day}T08:{i % 60:D2}:00Z,{day}T17:{i % 60:D2}:00Z,{users},{spns},,\n"));
        }

        return events;
    }

    private static int MeasureChild(string folder, long rows, TextWriter output)
    {
        var policy = PolicyLoader.Load(Path.Combine(folder, "policy"), SyntheticAuditPolicy.AsOf).Resolved ?? throw new InvalidOperationException("the benchmark policy does not load");
        var file = Path.Combine(folder, "aggregate.csv");
        var watch = Stopwatch.StartNew();
        var report = ReadinessRun.Run(policy, SyntheticAuditPolicy.AsOf, [file]);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var megabytes = new FileInfo(file).Length / 1e6;
        var problems = report.Input.Read.Problems.Count;
        var outcome = string.Join(" ", report.Controls.GroupBy(c => c.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        output.WriteLine($"{rows,12:N0} {megabytes,7:F0} {seconds,8:F2} {rows / seconds,12:N0} {megabytes / seconds,7:F0} {Measure.PeakMegabytes(),8:F0} {cpu,7:F2} {rows / cpu,12:N0}  " +
                         $"{report.Input.Events:N0} events, {report.Clients.Count:N0} clients, {problems} problems; {outcome}");
        return 0;
    }

    private static string Child(string folder, long rows) =>
        SelfChild.Run(["aggregate", "--measure", folder, rows.ToString(CultureInfo.InvariantCulture)], oneCore: true);
}
