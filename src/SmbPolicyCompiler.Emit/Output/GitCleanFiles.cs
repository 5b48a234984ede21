using System.ComponentModel;
using System.Diagnostics;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// The files below a folder that git tracks and that match the index (relative paths, '/'): git can give them back,
/// so replacing them loses nothing. Empty when git is missing or the folder is not in a work tree.
/// </summary>
internal static class GitCleanFiles
{
    public static IReadOnlySet<string> In(string folder)
    {
        var tracked = Git(folder, "ls-files", "-z");
        if (tracked is null)
        {
            return new HashSet<string>();
        }

        var modified = Git(folder, "ls-files", "-z", "--modified") ?? [];
        return tracked.Except(modified, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }

    private static string[]? Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(30_000) || process.ExitCode != 0)
            {
                return null;
            }

            return output.Result.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
