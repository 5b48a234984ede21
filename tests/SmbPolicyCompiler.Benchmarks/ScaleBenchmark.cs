using System.Diagnostics;
using System.Globalization;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Validate and compile at growing estate sizes, each size in its own process so that its peak memory is its own:
/// groups = hosts/10, 10 rings, exceptions = hosts/100, in either shape of <see cref="SyntheticEstate"/>. Prints wall
/// and CPU time, time per 1,000 hosts (flat when the cost is linear) and memory per host, with the load average.
/// Targets (issue 14): at 20k hosts validate &lt; 2 s and compile &lt; 3 s; linear to 200k, compile ≤ 15 s there;
/// ≤ 2 KB per host.
/// Beside each stage, the same on the published native AOT smbpol (what users run), published once per run.
/// Options: --shape simple|mixed|both (default both), --sizes 10000,20000,... (default 10k, 20k, 50k, 100k, 200k),
/// --published &lt;native smbpol&gt; (instead of publishing one), --no-native.
/// To profile one stage: --write &lt;folder&gt; &lt;hosts&gt; simple|mixed, then --child validate|compile &lt;folder&gt; &lt;hosts&gt;.
/// </summary>
public sealed class ScaleBenchmark : IBenchmark
{
    private static readonly int[] DefaultSizes = [10_000, 20_000, 50_000, 100_000, 200_000];

    public string Name => "scale";

    public string Summary => "validate and compile at 10k → 200k hosts (both estate shapes), each size in its own process; ms per 1k hosts, KB per host";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count > 0 && arguments[0] == "--child")
        {
            return Task.FromResult(Child(arguments[1], arguments[2], int.Parse(arguments[3], CultureInfo.InvariantCulture), output));
        }

        if (arguments.Count > 0 && arguments[0] == "--write")
        {
            // Writes one estate to keep (for profiling a child run): --write <folder> <hosts> simple|mixed
            var size = int.Parse(arguments[2], CultureInfo.InvariantCulture);
            SyntheticEstate.Write(arguments[1], size, Math.Max(1, size / 10), 10, arguments[3] == "mixed" ? EstateShape.Mixed : EstateShape.OneSelectorPerGroup);
            return Task.FromResult(0);
        }

        var shapes = Option(arguments, "--shape", "both") switch
        {
            "simple" => [EstateShape.OneSelectorPerGroup],
            "mixed" => [EstateShape.Mixed],
            _ => new[] { EstateShape.OneSelectorPerGroup, EstateShape.Mixed },
        };
        var sizes = Option(arguments, "--sizes", null) is { } list
            ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : DefaultSizes;
        using var nativeFolder = new TempFolder("smbpol-bench-native");
        var native = NativeBinary(arguments, nativeFolder.Path, output, error);
        var failed = false;
        foreach (var shape in shapes)
        {
            output.WriteLine($"scale: shape {shape}, groups = hosts/10, 10 rings, exceptions = hosts/100   (load average {LoadAverage()})");
            output.WriteLine("  stage     build      hosts      wall ms    cpu ms  ms/1k hosts   peak MB  KB/host  Δ KB/host   load avg");
            var previous = new Dictionary<string, (int Hosts, double Peak)>();
            foreach (var hosts in sizes)
            {
                using var folder = new TempFolder("smbpol-bench-scale");
                SyntheticEstate.Write(folder.Path, hosts, Math.Max(1, hosts / 10), 10, shape);
                foreach (var stage in (string[])["validate", "compile"])
                {
                    var figures = RunChild(stage, folder.Path, hosts, error);
                    failed |= !Row(output, previous, stage, "dotnet", hosts, figures);
                    if (native is not null)
                    {
                        failed |= !Row(output, previous, stage, "native", hosts, RunNative(native, stage, folder.Path, error));
                    }
                }
            }

            output.WriteLine("  targets: 20k hosts validate < 2,000 ms, compile < 3,000 ms; 200k compile ≤ 15,000 ms; ms/1k hosts flat; ≤ 2 KB/host");
            output.WriteLine("  dotnet = the framework-dependent build (JIT), the stage called in a child process and measured from the start of loading:");
            output.WriteLine("           peak MB = the child's peak working set minus what it had before loading;");
            output.WriteLine("  native = the published native AOT smbpol (linux-x64 profile), what users run: `smbpol validate|compile <estate>`,");
            output.WriteLine("           the whole process under GNU time (start-up included), peak MB = its whole peak resident memory;");
            output.WriteLine("  Δ KB/host = the growth of peak MB per host since the previous size, i.e. the cost of one more host without the fixed part");
        }

        return Task.FromResult(failed ? 1 : 0);
    }

    /// <summary>Prints one row; false when the run failed.</summary>
    private static bool Row(TextWriter output, Dictionary<string, (int Hosts, double Peak)> previous, string stage, string build, int hosts, (double Wall, double Cpu, double Peak)? figures)
    {
        if (figures is not { } measured)
        {
            return false;
        }

        var (wall, cpu, peak) = measured;
        var key = $"{stage} {build}";
        var marginal = previous.TryGetValue(key, out var last) && hosts > last.Hosts
            ? ((peak - last.Peak) * 1024 / (hosts - last.Hosts)).ToString("N2", CultureInfo.InvariantCulture)
            : "";
        previous[key] = (hosts, peak);
        output.WriteLine(
            $"  {stage,-9} {build,-6} {hosts,8:N0} {wall,12:N0} {cpu,9:N0} {wall / (hosts / 1000.0),12:N1} {peak,9:N0} {peak * 1024 / hosts,8:N2} {marginal,10}   {LoadAverage()}");
        return true;
    }

    /// <summary>The native smbpol to measure: --published &lt;file&gt;, none with --no-native, else published now (once per run).</summary>
    private static string? NativeBinary(IReadOnlyList<string> arguments, string folder, TextWriter output, TextWriter error)
    {
        if (arguments.Contains("--no-native"))
        {
            return null;
        }

        if (Option(arguments, "--published", null) is { } given)
        {
            return Path.GetFullPath(given);
        }

        var watch = Stopwatch.StartNew();
        output.WriteLine("scale: publishing the native smbpol (linux-x64 profile, Release) once for this run...");
        var published = NativeSmbpol.Publish(folder, error);
        output.WriteLine(published is null ? "scale: no native rows (see the error above)" : $"scale: published {published} in {watch.Elapsed.TotalSeconds:F0} s");
        return published;
    }

    private static (double Wall, double Cpu, double Peak)? RunNative(string smbpol, string stage, string estate, TextWriter error)
    {
        var asOf = SyntheticEstate.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (stage == "validate")
        {
            return NativeSmbpol.Run(smbpol, ["validate", estate, "--as-of", asOf], error);
        }

        var output = Path.Combine(Path.GetTempPath(), $"smbpol-bench-scale-native-{Environment.ProcessId}");
        var figures = NativeSmbpol.Run(smbpol, ["compile", estate, "--out", output, "--as-of", asOf], error);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true); // not part of the measured run
        }

        return figures;
    }

    /// <summary>Measures one stage on an estate already written, and prints "wall-ms cpu-ms peak-growth-MB".</summary>
    private static int Child(string stage, string folder, int hosts, TextWriter figures)
    {
        using var process = Process.GetCurrentProcess();
        var before = Measure.PeakMegabytes();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var stages = new StageLog(Console.Error);
        var compilation = PolicyLoader.Load(folder, SyntheticEstate.AsOf);
        stages.Mark("load+validate");
        if (compilation.HasErrors || compilation.Resolved is null || compilation.Resolved.Hosts.Count != hosts)
        {
            Console.Error.WriteLine($"scale: the estate did not validate cleanly ({compilation.Resolved?.Hosts.Count ?? 0:N0} of {hosts:N0} hosts): " +
                                    string.Join("; ", compilation.Diagnostics.Take(5)));
            return 1;
        }

        var output = Path.Combine(Path.GetTempPath(), $"smbpol-bench-scale-out-{Environment.ProcessId}");
        if (stage == "compile")
        {
            // As the CLI does: each file goes to the staging folder as it is produced.
            using (var staged = OutputFolder.Stage(output, folder))
            {
                IGeneratedFileSink sink = Environment.GetEnvironmentVariable("SMBPOL_SCALE_TRACE") is null ? staged : new PeakTracingSink(staged, Console.Error);
                if (PolicyEmitter.Emit(compilation.Resolved, null, sink).HasErrors)
                {
                    Console.Error.WriteLine("scale: the estate did not compile cleanly");
                    return 1;
                }

                stages.Mark("emit+write");
                staged.Commit();
                stages.Mark("swap");
            }
        }

        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        figures.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:F0} {cpu:F0} {Measure.PeakMegabytes() - before:F1}"));
        if (Directory.Exists(output) && Environment.GetEnvironmentVariable("SMBPOL_SCALE_KEEP_OUTPUT") is null)
        {
            Directory.Delete(output, recursive: true); // cleaning up after the benchmark, not part of compile
            stages.Mark("(delete output)");
        }

        GC.KeepAlive(compilation);
        return 0;
    }

    private static (double Wall, double Cpu, double Peak)? RunChild(string stage, string folder, int hosts, TextWriter error)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        }

        foreach (var argument in (string[])["scale", "--child", stage, folder, hosts.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        var stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            error.WriteLine($"scale: {stage} of {hosts:N0} hosts failed (exit {child.ExitCode}): {stderr.Result.Trim()}");
            return null;
        }

        var figures = stdout.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (figures[0], figures[1], figures[2]);
    }

    private static string? Option(IReadOnlyList<string> arguments, string name, string? fallback)
    {
        for (var i = 0; i + 1 < arguments.Count; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
