using System.Diagnostics;

namespace SmbPolicyCompiler.Plan.Sources;

/// <summary>Runs the git command line (arguments passed as a list, never through a shell).</summary>
internal static class Git
{
    public sealed record Result(int ExitCode, byte[] Output, string Error);

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PlanInputException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PlanInputException($"--base names a git ref, but git cannot be run ({e.Message}); install git or pass a folder");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new Result(process.ExitCode, output.ToArray(), error.Result.Trim());
        }
    }

    public static string Text(Result result) => System.Text.Encoding.UTF8.GetString(result.Output).Trim();
}
