using System.Diagnostics;
using System.Globalization;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks.Evtx;

/// <summary>
/// Reads one big .evtx file (>= 100 MB, made from the real corpus chunks) side by side, each run a whole process
/// measured from start to exit (start-up included) under GNU time for its peak memory: smbpol events dump to NDJSON on
/// one core (taskset) and on all cores, evtxexport -f xml on the same file, and evtx_dump.py on a small real file.
/// Output goes to /dev/null for all. Prints MB/s, records/s, peak memory and the ratios, with the load average.
/// When the self-contained linux-x64 binary is there (dist/linux-x64/smbpol from its publish profile, ReadyToRun, or
/// the file given with --published), it is measured too, on one core and on all: what admins without the SDK run.
/// </summary>
public sealed class EvtxBenchmark : IBenchmark
{
    private static readonly string[] Sources = ["system.evtx", "security.evtx", "sample-with-irregular-bool-values.evtx", "sysmon.evtx"];

    public string Name => "evtx";

    public string Summary => "read a >= 100 MB .evtx: smbpol (1 core, all cores) vs evtxexport and evtx_dump.py; MB/s, records/s, peak memory";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var megabytes = 100;
        var published = Path.Combine(RepoPaths.Root, "dist", "linux-x64", "smbpol");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--published" && i + 1 < arguments.Count)
            {
                published = Path.GetFullPath(arguments[++i]);
                if (!File.Exists(published))
                {
                    error.WriteLine($"error: no published smbpol at {published}.");
                    return Task.FromResult(2);
                }
            }
            else if (int.TryParse(arguments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given > 0)
            {
                megabytes = given;
            }
            else
            {
                error.WriteLine("usage: evtx [megabytes, default 100] [--published <self-contained smbpol>, default dist/linux-x64/smbpol when there]");
                return Task.FromResult(arguments[i] is "-h" or "--help" ? 0 : 2);
            }
        }

        var corpus = RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Evtx", "Corpus");
        var work = Path.Combine(Path.GetTempPath(), "smbpol-evtx-bench");
        Directory.CreateDirectory(work);
        var big = Path.Combine(work, $"big-{megabytes}MB.evtx");
        var (bytes, chunks) = BigEvtxFile.Write(big, [.. Sources.Select(s => Path.Combine(corpus, s))], megabytes * 1_000_000L);
        var smbpol = BuildCli(work, error);
        if (smbpol is null)
        {
            return Task.FromResult(2);
        }

        output.WriteLine($"input: {big}, {bytes / 1e6:F1} MB, {chunks} chunks; {Environment.ProcessorCount} cores; load average before: {LoadAverage()}");
        var single = Run($"taskset -c 0 dotnet {smbpol} events dump {big} --format ndjson", bytes);
        var all = Run($"dotnet {smbpol} events dump {big} --format ndjson", bytes);
        var records = single.Records;
        var (publishedSingle, publishedAll) = File.Exists(published)
            ? (Run($"taskset -c 0 {published} events dump {big} --format ndjson", bytes), Run($"{published} events dump {big} --format ndjson", bytes))
            : (null, null);
        var libevtx = Run($"evtxexport -f xml {big}", bytes, records);
        var small = Path.Combine(corpus, "system.evtx");
        var smallBytes = new FileInfo(small).Length;
        var python = Run($"evtx_dump.py {small}", smallBytes, 1881);
        output.WriteLine($"{"reader",-34} {"MB",7} {"seconds",8} {"MB/s",8} {"records/s",11} {"peak MB",8} {"CPU s",7} {"MB/CPU s",9}");
        Print(output, "smbpol, 1 core (taskset -c 0)", single);
        Print(output, $"smbpol, all {Environment.ProcessorCount} cores", all);
        if (publishedSingle is not null && publishedAll is not null)
        {
            Print(output, "smbpol published, 1 core", publishedSingle);
            Print(output, $"smbpol published, all {Environment.ProcessorCount} cores", publishedAll);
        }

        Print(output, "evtxexport -f xml (libevtx)", libevtx);
        Print(output, "evtx_dump.py (python-evtx), 1.1 MB", python);
        output.WriteLine($"ratios: smbpol 1 core / evtxexport = {single.MegabytesPerSecond / libevtx.MegabytesPerSecond:F1}x, " +
                         $"smbpol all cores / evtxexport = {all.MegabytesPerSecond / libevtx.MegabytesPerSecond:F1}x, " +
                         $"smbpol 1 core / evtx_dump.py = {single.MegabytesPerSecond / python.MegabytesPerSecond:F0}x");
        output.WriteLine($"ratios by CPU seconds (fair under load): smbpol 1 core / evtxexport = {single.MegabytesPerCpuSecond / libevtx.MegabytesPerCpuSecond:F1}x, " +
                         $"smbpol all cores / evtxexport = {all.MegabytesPerCpuSecond / libevtx.MegabytesPerCpuSecond:F1}x");
        if (publishedSingle is not null && publishedAll is not null)
        {
            output.WriteLine($"published binary: {published} ({File.GetLastWriteTimeUtc(published):yyyy-MM-dd HH:mm} UTC, {new FileInfo(published).Length / 1e6:F0} MB); " +
                             $"1 core / evtxexport = {publishedSingle.MegabytesPerSecond / libevtx.MegabytesPerSecond:F1}x wall, {publishedSingle.MegabytesPerCpuSecond / libevtx.MegabytesPerCpuSecond:F1}x CPU; " +
                             $"all cores / evtxexport = {publishedAll.MegabytesPerSecond / libevtx.MegabytesPerSecond:F1}x wall, {publishedAll.MegabytesPerCpuSecond / libevtx.MegabytesPerCpuSecond:F1}x CPU");
        }

        Targets(output, "dotnet smbpol.dll", single, all, libevtx);
        if (publishedSingle is not null && publishedAll is not null)
        {
            Targets(output, "published", publishedSingle, publishedAll, libevtx);
        }

        output.WriteLine($"records: smbpol read {single.Records:N0} (1 core) and {all.Records:N0} (all cores); load average after: {LoadAverage()}");
        var agree = single.Records == all.Records && single.Records > 0 &&
                    (publishedSingle is null || (publishedSingle.Records == records && publishedAll!.Records == records));
        return Task.FromResult(agree ? 0 : 1);
    }

    private static string? BuildCli(string work, TextWriter error)
    {
        var folder = Path.Combine(work, "smbpol");
        var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "-o", folder, Path.Combine(RepoPaths.Root, "src", "SmbPolicyCompiler.Cli")])
        {
            RedirectStandardOutput = true,
        })!;
        build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            error.WriteLine("error: building smbpol (Release) failed.");
            return null;
        }

        return Path.Combine(folder, "smbpol.dll");
    }

    /// <summary>Runs a command under GNU time with its output thrown away; records come from smbpol's summary line or are given.</summary>
    private static RunFigures Run(string command, long bytes, long records = -1)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, "sh", "-c", $"exec {command} > /dev/null"])
        {
            RedirectStandardError = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var figures = File.ReadAllText(timeFile).Trim().Split('\n')[^1].Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var (peakKb, cpuSeconds) = (figures[1], figures[2] + figures[3]);
        File.Delete(timeFile);
        if (records < 0)
        {
            var summary = stderr.Split('\n').FirstOrDefault(l => l.StartsWith("events dump: ", StringComparison.Ordinal)) ?? "events dump: 0";
            records = long.Parse(summary["events dump: ".Length..].Split(' ')[0], CultureInfo.InvariantCulture);
        }

        return new RunFigures(bytes / 1e6, seconds, records, peakKb / 1024.0, cpuSeconds);
    }

    private static void Targets(TextWriter output, string name, RunFigures single, RunFigures all, RunFigures libevtx) =>
        output.WriteLine($"targets ({name}): >= 30x evtxexport on 1 core: {(single.MegabytesPerSecond >= 30 * libevtx.MegabytesPerSecond ? "met" : "NOT met")}; " +
                         $">= 400 MB/s on all cores: {(all.MegabytesPerSecond >= 400 ? "met" : "NOT met")}; " +
                         $"peak < 200 MB: {(Math.Max(single.PeakMegabytes, all.PeakMegabytes) < 200 ? "met" : "NOT met")}");

    private static void Print(TextWriter output, string name, RunFigures f) =>
        output.WriteLine($"{name,-34} {f.Megabytes,7:F1} {f.Seconds,8:F2} {f.MegabytesPerSecond,8:F1} {f.Records / f.Seconds,11:N0} {f.PeakMegabytes,8:F0} {f.CpuSeconds,7:F2} {f.MegabytesPerCpuSecond,9:F1}");

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Wall seconds, and CPU seconds (user + sys): the fair figure when other work shares the cores.</summary>
    private sealed record RunFigures(double Megabytes, double Seconds, long Records, double PeakMegabytes, double CpuSeconds)
    {
        public double MegabytesPerSecond => Megabytes / Seconds;

        public double MegabytesPerCpuSecond => Megabytes / CpuSeconds;
    }
}
