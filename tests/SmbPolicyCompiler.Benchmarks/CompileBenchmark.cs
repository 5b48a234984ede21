using System.Globalization;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Compiles a synthetic estate (default 20,000 hosts, 2,000 groups, 10 rings) to every back end, in memory and then to
/// disk (all or nothing), and prints wall time and peak memory. Target (issue 3): under 3 s and under 600 MB.
/// </summary>
public static class CompileBenchmark
{
    public static int Run(string[] args)
    {
        var hosts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var groups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var rings = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        using var folder = new TempFolder("smbpol-bench-compile");
        var policies = Path.Combine(folder.Path, "policies");
        SyntheticEstate.Write(policies, hosts, groups, rings);
        var before = Measure.PeakMegabytes();

        var (load, compilation) = Measure.Time(() => PolicyLoader.Load(policies, SyntheticEstate.AsOf));
        if (compilation.HasErrors || compilation.Resolved is null)
        {
            Console.Error.WriteLine("compile: the synthetic estate has errors: " + string.Join("; ", compilation.Diagnostics.Take(5)));
            return 1;
        }

        var (emit, result) = Measure.Time(() => PolicyEmitter.Emit(compilation.Resolved));
        var output = Path.Combine(folder.Path, "generated");
        var (write, _) = Measure.Time(() =>
        {
            OutputFolder.Replace(output, result.Files, policies);
            return 0;
        });
        var bytes = result.Files.Sum(f => (long)f.Content.Length);
        var total = load + emit + write;

        Console.WriteLine($"compile: {hosts:N0} hosts, {groups:N0} groups, {rings} rings");
        Console.WriteLine($"  result       {result.Rings.Count} rings, {result.GpoCount:N0} GPO imports ({result.Rings.Sum(r => r.ExceptionGpos):N0} for exceptions), {result.Files.Count:N0} files, {bytes / 1024.0 / 1024.0:N1} MB");
        Console.WriteLine($"  load+bind    {load.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  emit         {emit.TotalMilliseconds:N0} ms   (every back end, in memory)");
        Console.WriteLine($"  write        {write.TotalMilliseconds:N0} ms   (staging folder + swap)");
        Console.WriteLine($"  wall time    {total.TotalMilliseconds:N0} ms   (target < 3,000 ms)");
        Console.WriteLine($"  peak memory  {Measure.PeakMegabytes():N0} MB   (target < 600 MB; {before:N0} MB before loading)");
        return 0;
    }
}
