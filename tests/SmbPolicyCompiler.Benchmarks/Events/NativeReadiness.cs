using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// The readiness row users see: the published linux-x64 binary (native AOT, no JIT) run end to end as a user runs it
/// (<c>smbpol readiness POLICY --events FILE --format json --output FILE</c>), timed by /usr/bin/time (wall, user+sys
/// CPU, peak RSS), its JSON's audit events per id checked against the generator's. Beside the in-process child's row,
/// which runs on the framework (JIT) build.
/// </summary>
internal static class NativeReadiness
{
    public const string Label = "  published native smbpol (AOT), CLI";

    /// <summary>The binary given by --native, else dist/linux-x64/smbpol of the repository (what .ci/package publishes), if there.</summary>
    public static string? Find(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dist", "linux-x64", "smbpol");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string Run(string smbpol, string file, string policy, string expected)
    {
        if (!File.Exists("/usr/bin/time"))
        {
            return "skipped: /usr/bin/time is not installed";
        }

        var report = Path.Combine(Path.GetDirectoryName(file)!, "native-report.json");
        var start = new ProcessStartInfo("/usr/bin/time",
            ["-f", "%e %U %S %M", smbpol, "readiness", policy, "--events", file, "--as-of", SyntheticAuditPolicy.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
             "--format", "json", "--output", report])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        child.StandardOutput.ReadToEnd();
        var error = child.StandardError.ReadToEnd().Trim();
        child.WaitForExit();
        var lines = error.Split('\n');
        var figures = lines[^1].Split(' ');
        if (child.ExitCode > 1 || figures.Length != 4 || !File.Exists(report))
        {
            return $"failed ({child.ExitCode}): {error}";
        }

        var (seconds, cpu, peak) = (Number(figures[0]), Number(figures[1]) + Number(figures[2]), Number(figures[3]) / 1e3);
        var megabytes = new FileInfo(file).Length / 1e6;
        var byId = ById(report);
        File.Delete(report);
        return $"{megabytes,7:F0} {"",10} {seconds,8:F2} {"",10} {megabytes / seconds,8:F0} {cpu,8:F2} {megabytes / cpu,9:F0} {"",11} {"",10} {"",11} {"",8} {peak,8:F0}  " +
               (byId == expected ? "totals match" : $"MISMATCH {byId}");
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string ById(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var byId = json.RootElement.GetProperty("input").GetProperty("auditEventsById");
        return string.Join(",", byId.EnumerateObject().Select(p => (Id: int.Parse(p.Name, CultureInfo.InvariantCulture), Count: p.Value.GetInt64())).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Count}"));
    }
}
