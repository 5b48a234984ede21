using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Probes many loopback endpoints (real smbd instances plus in-process responders answering a valid NEGOTIATE)
/// with the wire scanner, then runs nmap's smb2-security-mode over the same endpoints, and compares the rates.
/// Responders listen on distinct loopback addresses (127.0.1.1, 127.0.1.2, ...) sharing one port, so a single
/// nmap run covers them, as it would a subnet on 445. Each side runs several rounds; the median is reported.
/// </summary>
public sealed class WireBenchmark : IBenchmark
{
    private const double TargetRatio = 10;
    private const string Usage =
        "usage: SmbPolicyCompiler.Benchmarks wire [--responders N (1000)] [--smbd N (4)] [--rounds N (3)] [--concurrency N (64)] " +
        "[--timeout-ms N (5000)] [--nmap-options \"-Pn -n\"] [--no-nmap]";

    public string Name => "wire";

    public string Summary => "SMB wire probe against loopback endpoints: hosts/s and memory, compared with nmap smb2-security-mode";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Contains("--help"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        var settings = new Settings();
        if (!settings.TryRead(arguments, out var problem))
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine(Usage);
            return 2;
        }

        var port = FreePort.On(IPAddress.Loopback);
        var responders = new List<(LoopbackResponder Responder, bool Required)>();
        var servers = new List<SmbdServer>();
        try
        {
            responders.AddRange(StartResponders(settings.Responders, port));
            for (var i = 0; i < settings.Smbd; i++)
            {
                servers.Add(await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = i % 2 == 0 ? "mandatory" : "auto" }));
            }

            var expected = responders.Select(r => (r.Responder.Target, r.Required))
                .Concat(servers.Select(s => (s.Target, Required: s.Config.ServerSigning == "mandatory")))
                .ToList();
            output.WriteLine($"wire benchmark: {responders.Count} loopback responders (127.0.x.y:{port}) + {servers.Count} smbd " +
                $"({FirstLine(RequiredTool.Smbd, "--version")}) = {expected.Count} endpoints, {settings.Rounds} rounds each, medians shown");
            return await CompareAsync(settings, expected, output);
        }
        catch (Exception failure) when (failure is InvalidOperationException or SocketException)
        {
            error.WriteLine($"error: {failure.Message}");
            return 1;
        }
        finally
        {
            servers.ForEach(s => s.Dispose());
            foreach (var (responder, _) in responders)
            {
                await responder.DisposeAsync();
            }
        }
    }

    private static async Task<int> CompareAsync(Settings settings, List<(HostTarget Target, bool Required)> expected, TextWriter output)
    {
        var targets = expected.Select(e => e.Target).ToList();
        var options = new WireScanOptions { MaxConcurrency = settings.Concurrency, Timeout = settings.Timeout };
        await new WireScanner(options).ScanAsync(targets.Take(16).ToList());
        var workingSetBefore = PeakWorkingSet();
        output.WriteLine($"smbpol wire probe: concurrency {options.MaxConcurrency}, timeout {options.Timeout.TotalSeconds} s, retries {options.Retries}, after a 16-host warm-up");

        var full = await RoundsAsync(settings.Rounds, () => ScanAsync(new WireScanner(options), targets));
        var correct = full.Results.Zip(expected).Count(p => p.First.SigningRequired == p.Second.Required && p.First.Smb1.Support == Smb1Support.Rejected);
        output.WriteLine($"  SMB2 + SMB1 negotiate (2 connections/host): {Rate(targets.Count, full.Times)}; verdicts as configured: {correct}/{targets.Count}");
        output.WriteLine($"    per host: {Percentiles(full.Results)}; allocated {full.Allocated / targets.Count / 1024.0:0.0} KB/host; " +
            $"CPU {full.Cpu.TotalMicroseconds / targets.Count:0} us/host (this process: scanner and responders)");
        var smb2 = await RoundsAsync(settings.Rounds, () => ScanAsync(new WireScanner(options with { ProbeSmb1 = false }), targets));
        output.WriteLine($"  SMB2 negotiate only (what nmap does):        {Rate(targets.Count, smb2.Times)}");
        output.WriteLine($"  peak working set {Megabytes(PeakWorkingSet())} (whole process, including the in-process responders; {Megabytes(workingSetBefore)} before the scans)");
        if (settings.SkipNmap)
        {
            return correct == targets.Count ? 0 : 1;
        }

        var nmap = await RoundsAsync(settings.Rounds, () => NmapAsync(settings.NmapOptions, targets));
        var agree = full.Results.Count(r => nmap.Results.TryGetValue(r.Target, out var v) && v.SigningRequired == r.SigningRequired);
        output.WriteLine($"{FirstLine(RequiredTool.Nmap, "--version")}: {nmap.Note}");
        output.WriteLine($"  smb2-security-mode probes one SMB port per host (script-arg smbport), so one run per port, all started at once");
        output.WriteLine($"  {Rate(targets.Count, nmap.Times)}; nmap agrees with smbpol on {agree}/{targets.Count}");

        // nmap's smb2-security-mode only negotiates SMB2; to also learn whether SMB1 is accepted it needs smb-protocols.
        var withSmb1 = await RoundsAsync(settings.Rounds, () => NmapAsync([.. settings.NmapOptions, "--script", "smb-protocols"], targets));
        output.WriteLine($"nmap with smb-protocols too (what the full probe learns): {withSmb1.Note}");
        output.WriteLine($"  {Rate(targets.Count, withSmb1.Times)}");

        var signingOnly = Median(nmap.Times) / Median(smb2.Times);
        var signingAndSmb1 = Median(withSmb1.Times) / Median(full.Times);
        output.WriteLine($"ratio, like for like: signing only (SMB2 negotiate vs smb2-security-mode) {signingOnly:0.0}x; " +
            $"signing + SMB1 (SMB2+SMB1 vs smb2-security-mode,smb-protocols) {signingAndSmb1:0.0}x " +
            $"(target >= {TargetRatio}x: {(Math.Min(signingOnly, signingAndSmb1) >= TargetRatio ? "met" : "NOT MET")})");
        output.WriteLine($"  (the full probe against smb2-security-mode alone, which learns less: {Median(nmap.Times) / Median(full.Times):0.0}x)");
        return correct == targets.Count && agree == targets.Count ? 0 : 1;
    }

    private sealed record Round<T>(T Results, TimeSpan Elapsed, long Allocated, TimeSpan Cpu = default, string Note = "");

    private sealed record Rounds<T>(T Results, List<TimeSpan> Times, long Allocated, TimeSpan Cpu, string Note);

    private static async Task<Rounds<T>> RoundsAsync<T>(int count, Func<Task<Round<T>>> run)
    {
        var rounds = new List<Round<T>>();
        for (var i = 0; i < count; i++)
        {
            rounds.Add(await run());
        }

        var median = rounds.OrderBy(r => r.Elapsed).ElementAt(count / 2);
        return new Rounds<T>(median.Results, rounds.Select(r => r.Elapsed).ToList(), median.Allocated, median.Cpu, median.Note);
    }

    private static async Task<Round<IReadOnlyList<WireProbeResult>>> ScanAsync(WireScanner scanner, List<HostTarget> targets)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var results = await scanner.ScanAsync(targets);
        return new(results, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, ProcessorTime() - cpuBefore);
    }

    private static async Task<Round<Dictionary<HostTarget, NmapSmb2Verdict>>> NmapAsync(IReadOnlyList<string> nmapOptions, List<HostTarget> targets)
    {
        var byPort = targets.GroupBy(t => t.Port).ToList();
        var clock = Stopwatch.StartNew();
        var runs = await Task.WhenAll(byPort.Select(g => NmapRun.Smb2SecurityModeAsync(g.Select(t => t.Host).ToList(), g.Key, nmapOptions)));
        var elapsed = clock.Elapsed;
        var verdicts = byPort.Zip(runs)
            .SelectMany(p => p.First.Select(t => (Target: t, Verdict: p.Second.For(t.Host))))
            .ToDictionary(p => p.Target, p => p.Verdict);
        return new(verdicts, elapsed, 0, Note: $"{runs[0].CommandLine} ({runs.Length} runs)");
    }

    private static IEnumerable<(LoopbackResponder, bool)> StartResponders(int count, int port)
    {
        var required = ResponderScripts.Smb2Only(0x0003);
        var optional = ResponderScripts.Smb2Only(0x0001);
        for (var i = 0; i < count; i++)
        {
            var address = new IPAddress([127, 0, (byte)(1 + (i / 250)), (byte)(1 + (i % 250))]);
            yield return (LoopbackResponder.Start(i % 2 == 0 ? required : optional, address, port), i % 2 == 0);
        }
    }

    private static string Rate(int hosts, List<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return $"{hosts} hosts in {Median(times):0.000} s = {hosts / Median(times):0.0} hosts/s " +
            $"(rounds {sorted[0].TotalSeconds:0.000}-{sorted[^1].TotalSeconds:0.000} s)";
    }

    private static double Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2).TotalSeconds;

    private static string Percentiles(IReadOnlyList<WireProbeResult> results)
    {
        var sorted = results.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        double At(double q) => sorted[(int)Math.Min(sorted.Count - 1, q * sorted.Count)];
        return $"p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, max {sorted[^1]:0.0} ms";
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MB";

    private static string FirstLine(string program, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(program, argument) { RedirectStandardOutput = true })!;
        var first = process.StandardOutput.ReadLine() ?? program;
        process.WaitForExit();
        return first.Trim();
    }

    private sealed class Settings
    {
        public int Responders { get; private set; } = 1000;

        public int Smbd { get; private set; } = 4;

        public int Rounds { get; private set; } = 3;

        public int Concurrency { get; private set; } = 64;

        public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(5);

        public bool SkipNmap { get; private set; }

        public IReadOnlyList<string> NmapOptions { get; private set; } = NmapRun.DefaultOptions;

        public bool TryRead(IReadOnlyList<string> arguments, out string problem)
        {
            problem = "";
            for (var i = 0; i < arguments.Count; i++)
            {
                var name = arguments[i];
                if (name == "--no-nmap")
                {
                    SkipNmap = true;
                    continue;
                }

                var value = i + 1 < arguments.Count ? arguments[++i] : null;
                var ok = value is not null && name switch
                {
                    "--responders" => Number(value, 1, 60_000, n => Responders = n),
                    "--smbd" => Number(value, 0, 64, n => Smbd = n),
                    "--rounds" => Number(value, 1, 100, n => Rounds = n),
                    "--concurrency" => Number(value, 1, 65_536, n => Concurrency = n),
                    "--timeout-ms" => Number(value, 1, 600_000, n => Timeout = TimeSpan.FromMilliseconds(n)),
                    "--nmap-options" => (NmapOptions = value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Count > 0,
                    _ => false,
                };
                if (!ok)
                {
                    problem = value is null ? $"'{name}' needs a value" : $"bad option or value: {name} {value}";
                    return false;
                }
            }

            return true;
        }

        private static bool Number(string text, int min, int max, Action<int> set)
        {
            var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max;
            if (ok)
            {
                set(n);
            }

            return ok;
        }
    }
}
