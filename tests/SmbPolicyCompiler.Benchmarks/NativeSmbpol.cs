using System.Diagnostics;
using System.Globalization;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// The published native (AOT) linux-x64 smbpol, which users run: published once per benchmark run from the linux-x64
/// profile (as .ci/package does, but Release), and run as a whole process under GNU time.
/// </summary>
public static class NativeSmbpol
{
    /// <summary>Publishes smbpol into <paramref name="folder"/>; null (and why, on <paramref name="error"/>) when that fails.</summary>
    public static string? Publish(string folder, TextWriter error)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(RepoPaths.Root, "src", "SmbPolicyCompiler.Cli"), "-c", "Release", "-p:PublishProfile=linux-x64",
                $"-p:PublishDir={folder}{Path.DirectorySeparatorChar}", "-v", "quiet", "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var stderr = publish.StandardError.ReadToEndAsync();
        var stdout = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        var binary = Path.Combine(folder, "smbpol");
        if (publish.ExitCode != 0 || !File.Exists(binary))
        {
            error.WriteLine($"scale: publishing the native smbpol failed (exit {publish.ExitCode}; needs clang and lld): {stdout.Trim()} {stderr.Result.Trim()}");
            return null;
        }

        return binary;
    }

    /// <summary>
    /// Runs smbpol with <paramref name="arguments"/> under /usr/bin/time, output thrown away: wall ms, CPU ms (user +
    /// sys) and the peak resident memory of the whole process in MB; null (and why) when it fails.
    /// </summary>
    public static (double WallMs, double CpuMs, double PeakMb)? Run(string smbpol, IReadOnlyList<string> arguments, TextWriter error)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, smbpol, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        var lines = File.ReadAllText(timeFile).Trim().Split('\n');
        File.Delete(timeFile);
        if (process.ExitCode != 0)
        {
            error.WriteLine($"scale: smbpol {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {stderr.Result.Trim()} {lines[0]}");
            return null;
        }

        var figures = lines[^1].Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (wall, (figures[2] + figures[3]) * 1000, figures[1] / 1024);
    }
}
