using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// events / readiness: generates a realistic audit log (default 1,000,000 events) as wevtutil XML and as Winlogbeat
/// NDJSON in a temporary folder, then reads each file in a child process (on every core; --one-core pins it to one) and prints events/s, MB/s
/// and the child's peak working set. "events" reads and keeps per-client counts; "readiness" runs the whole readiness
/// pipeline (aggregation, verdicts for a matching policy, the JSON report). "cpu s" is the child's CPU time (user + system,
/// JIT and GC included) and "MB/cpu-s" the throughput per core it implies: on a busy machine it is steadier than
/// wall time. Figures only; nothing here is an assertion.
/// Options: --events N, --folder DIR (kept afterwards), --formats xml,ndjson,csv (default all), --utf16 (also a UTF-16
/// XML file), --no-reference (skip XmlReader), --one-core, --no-python (skip the Python baselines printed under each input).
/// readiness also runs the published native binary end to end under each input (--native PATH, default
/// dist/linux-x64/smbpol of the repository when published; --no-native skips it).
/// </summary>
internal static class EventsBenchmark
{
    private static bool OneCore { get; set; }

    public static int Run(string[] args, string name = "events")
    {
        if (args.FirstOrDefault() == "--measure")
        {
            return name == "readiness" ? MeasureReadinessChild.Run(args[1..]) : MeasureChild.Run(args[1..]);
        }

        var readiness = name == "readiness";
        var native = readiness && !args.Contains("--no-native") ? NativeReadiness.Find(StringOption(args, "--native")) : null;
        OneCore = args.Contains("--one-core");

        var count = IntOption(args, "--events") ?? 1_000_000;
        var keep = StringOption(args, "--folder");
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "smbpol-events-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var log = new SyntheticAuditLog(count);
            var policy = Path.Combine(folder, "policy");
            if (readiness)
            {
                SyntheticAuditPolicy.Write(policy);
            }

            var formats = (StringOption(args, "--formats") ?? "xml,ndjson,csv").Split(',');
            var inputs = new List<(string Label, string File, string Engine)>();
            if (formats.Contains("xml"))
            {
                inputs.Add(("wevtutil XML (UTF-8), fast scanner", Generate(folder, "audit.xml", new UTF8Encoding(false), log.WriteXml), "fast"));
            }

            if (formats.Contains("xml") && !args.Contains("--no-reference") && !readiness)
            {
                inputs.Add(("wevtutil XML (UTF-8), XmlReader", Path.Combine(folder, "audit.xml"), "xmlreader"));
            }

            if (args.Contains("--utf16"))
            {
                inputs.Add(("wevtutil XML (UTF-16LE), fast scanner", Generate(folder, "audit-utf16.xml", new UnicodeEncoding(false, true), log.WriteXml), "fast"));
            }

            if (formats.Contains("ndjson"))
            {
                inputs.Add(("Winlogbeat NDJSON", Generate(folder, "audit.ndjson", new UTF8Encoding(false), log.WriteNdjson), "fast"));
            }

            if (formats.Contains("csv"))
            {
                inputs.Add(("Export-Csv (UTF-8)", Generate(folder, "audit.csv", new UTF8Encoding(false), log.WriteCsv), "fast"));
            }
            var expected = string.Join(",", log.CountsById.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"));
            Console.WriteLine($"generated {count:N0} events; by id {expected}");
            Console.WriteLine();
            Console.WriteLine(readiness
                ? $"{"input",-40} {MeasureReadinessChild.Header}"
                : $"{"input",-40} {"MB",8} {"events",10} {"seconds",8} {"events/s",10} {"MB/s",8} {"cpu s",6} {"MB/cpu-s",8} {"alloc GB",6} {"peak MB",8} {"clients",8}  check");
            Console.WriteLine($"load average before: {LoadAverage()}");
            if (readiness && native is null && !args.Contains("--no-native"))
            {
                Console.WriteLine("no published native smbpol (dist/linux-x64/smbpol; --native PATH): its row is left out");
            }

            foreach (var (label, file, engine) in inputs)
            {
                Console.WriteLine($"{label,-40} {Measure(name, file, readiness ? policy : engine, expected)}");
                if (native is not null)
                {
                    Console.WriteLine($"{NativeReadiness.Label,-40} {NativeReadiness.Run(native, file, policy, expected)}");
                }
                if (!args.Contains("--no-python") && engine == "fast")
                {
                    foreach (var (baseline, script) in PythonBaselines.For(file))
                    {
                        Console.WriteLine($"  {baseline,-38} {PythonBaselines.Run(script, file)}");
                    }
                }
            }

            Console.WriteLine($"load average after: {LoadAverage()}");
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Generate(string folder, string name, Encoding encoding, Action<TextWriter> write)
    {
        var path = Path.Combine(folder, name);
        var watch = Stopwatch.StartNew();
        using (var writer = new StreamWriter(path, false, encoding, 1 << 20))
        {
            write(writer);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1e6:F0} MB) in {watch.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    private static string Measure(string name, string file, string engine, string expected) =>
        SelfChild.Run([name, "--measure", file, engine, expected], OneCore);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int? IntOption(string[] args, string name) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
