using System.Diagnostics;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Runs this benchmark program again with other arguments, so a measurement has a process of its own: through the
/// dotnet host with the assembly path, or the app host directly.
/// </summary>
internal static class SelfChild
{
    /// <summary>The child's standard output trimmed, or "failed (exit code): its standard error".</summary>
    public static string Run(IReadOnlyList<string> arguments, bool oneCore)
    {
        var host = Environment.ProcessPath!;
        var viaDotnet = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(host, viaDotnet ? [typeof(SelfChild).Assembly.Location, .. arguments] : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        if (oneCore && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            child.ProcessorAffinity = 1;
        }

        var output = child.StandardOutput.ReadToEnd();
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode == 0 ? output.Trim() : $"failed ({child.ExitCode}): {error.Trim()}";
    }

    /// <summary>The value after <paramref name="name"/> on the command line, if given.</summary>
    public static string? Option(IReadOnlyList<string> arguments, string name)
    {
        for (var index = 0; index + 1 < arguments.Count; index++)
        {
            if (arguments[index] == name)
            {
                return arguments[index + 1];
            }
        }

        return null;
    }
}
