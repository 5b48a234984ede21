using System.Globalization;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Validates a synthetic estate (default 20,000 hosts, 2,000 groups, 10 rings) and prints wall time and peak memory.
/// Target (front-end issue): under 2 s and under 500 MB. Arguments: [hosts] [groups] [rings] [--mixed] (<see cref="EstateShape.Mixed"/>).
/// </summary>
public sealed class ValidateBenchmark : IBenchmark
{
    public string Name => "validate";

    public string Summary => "load, bind and lint a synthetic estate (20,000 hosts, 2,000 groups, 10 rings)";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var shape = arguments.Contains("--mixed") ? EstateShape.Mixed : EstateShape.OneSelectorPerGroup;
        arguments = arguments.Where(a => a != "--mixed").ToList();
        var hosts = Argument(arguments, 0, 20_000);
        var groups = Argument(arguments, 1, 2_000);
        var rings = Argument(arguments, 2, 10);
        using var folder = new TempFolder("smbpol-bench-estate");
        SyntheticEstate.Write(folder.Path, hosts, groups, rings, shape);
        var before = Measure.PeakMegabytes();

        var (elapsed, compilation) = Measure.Time(() => PolicyLoader.Load(folder.Path, SyntheticEstate.AsOf));

        output.WriteLine($"validate: {hosts:N0} hosts, {groups:N0} groups, {rings} rings, shape {shape}");
        output.WriteLine($"  result       {compilation.Resolved?.Hosts.Count ?? 0:N0} hosts resolved, {compilation.Diagnostics.Count} diagnostic(s), errors: {compilation.HasErrors}");
        output.WriteLine($"  wall time    {elapsed.TotalMilliseconds:N0} ms   (target < 2,000 ms)");
        output.WriteLine($"  peak memory  {Measure.PeakMegabytes():N0} MB   (target < 500 MB; {before:N0} MB before loading)");
        return Task.FromResult(compilation.HasErrors ? 1 : 0);
    }

    private static int Argument(IReadOnlyList<string> arguments, int index, int fallback) =>
        arguments.Count > index ? int.Parse(arguments[index], CultureInfo.InvariantCulture) : fallback;
}
