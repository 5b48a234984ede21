using System.Globalization;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Compiles a synthetic estate (default 20,000 hosts, 2,000 groups, 10 rings) to every back end, in memory and then to
/// disk (all or nothing), and prints wall time and peak memory. Target (issue 3): under 3 s and under 600 MB.
/// Arguments: [hosts] [groups] [rings] [--mixed] (<see cref="EstateShape.Mixed"/>).
/// </summary>
public sealed class CompileBenchmark : IBenchmark
{
    public string Name => "compile";

    public string Summary => "compile a synthetic estate (20,000 hosts, 2,000 groups, 10 rings) to every back end, in memory and to disk";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var shape = arguments.Contains("--mixed") ? EstateShape.Mixed : EstateShape.OneSelectorPerGroup;
        arguments = arguments.Where(a => a != "--mixed").ToList();
        var hosts = Argument(arguments, 0, 20_000);
        var groups = Argument(arguments, 1, 2_000);
        var rings = Argument(arguments, 2, 10);
        using var folder = new TempFolder("smbpol-bench-compile");
        var policies = Path.Combine(folder.Path, "policies");
        SyntheticEstate.Write(policies, hosts, groups, rings, shape);
        var before = Measure.PeakMegabytes();

        var (load, compilation) = Measure.Time(() => PolicyLoader.Load(policies, SyntheticEstate.AsOf));
        if (compilation.HasErrors || compilation.Resolved is null)
        {
            error.WriteLine("compile: the synthetic estate has errors: " + string.Join("; ", compilation.Diagnostics.Take(5)));
            return Task.FromResult(1);
        }

        var (emit, result) = Measure.Time(() => PolicyEmitter.Emit(compilation.Resolved));
        var (write, _) = Measure.Time(() =>
        {
            OutputFolder.Replace(Path.Combine(folder.Path, "generated"), result.Files, policies);
            return 0;
        });
        var megabytes = result.Files.Sum(f => (long)f.Content.Length) / 1024.0 / 1024.0;

        output.WriteLine($"compile: {hosts:N0} hosts, {groups:N0} groups, {rings} rings, shape {shape}");
        output.WriteLine($"  result       {result.Rings.Count} rings, {result.GpoCount:N0} GPO imports ({result.Rings.Sum(r => r.ExceptionGpos):N0} for exceptions), {result.Files.Count:N0} files, {megabytes:N1} MB");
        output.WriteLine($"  load+bind    {load.TotalMilliseconds:N0} ms");
        output.WriteLine($"  emit         {emit.TotalMilliseconds:N0} ms   (every back end, in memory)");
        output.WriteLine($"  write        {write.TotalMilliseconds:N0} ms   (staging folder + swap)");
        output.WriteLine($"  wall time    {(load + emit + write).TotalMilliseconds:N0} ms   (target < 3,000 ms)");
        output.WriteLine($"  peak memory  {Measure.PeakMegabytes():N0} MB   (target < 600 MB; {before:N0} MB before loading)");
        return Task.FromResult(0);
    }

    private static int Argument(IReadOnlyList<string> arguments, int index, int fallback) =>
        arguments.Count > index ? int.Parse(arguments[index], CultureInfo.InvariantCulture) : fallback;
}
