using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Validates a synthetic estate (default 20,000 hosts, 2,000 groups, 10 rings) and prints wall time and peak memory.
/// Target (issue: front end): under 2 s and under 500 MB.
/// </summary>
public static class ValidateBenchmark
{
    public static int Run(string[] args)
    {
        var hosts = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var groups = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
        var rings = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        using var folder = new TempFolder("smbpol-bench-estate");
        SyntheticEstate.Write(folder.Path, hosts, groups, rings);
        var before = Measure.PeakMegabytes();

        var (elapsed, compilation) = Measure.Time(() => PolicyLoader.Load(folder.Path, SyntheticEstate.AsOf));

        Console.WriteLine($"validate: {hosts:N0} hosts, {groups:N0} groups, {rings} rings");
        Console.WriteLine($"  result       {compilation.Resolved?.Hosts.Count ?? 0:N0} hosts resolved, {compilation.Diagnostics.Count} diagnostic(s), errors: {compilation.HasErrors}");
        Console.WriteLine($"  wall time    {elapsed.TotalMilliseconds:N0} ms   (target < 2,000 ms)");
        Console.WriteLine($"  peak memory  {Measure.PeakMegabytes():N0} MB   (target < 500 MB; {before:N0} MB before loading)");
        return compilation.HasErrors ? 1 : 0;
    }
}
