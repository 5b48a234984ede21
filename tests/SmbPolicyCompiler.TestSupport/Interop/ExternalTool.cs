using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>
/// Runs a checker we did not write (node with Microsoft's Kusto parser, python3 with jsonschema or Samba's parsers) and
/// returns what it printed. A checker that cannot start fails the test with <c>hint</c>, the fix: it must never pass silently.
/// </summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> to its end, or fails the test after <paramref name="timeout"/> (default 3 minutes).</summary>
    public static (int ExitCode, string Output, string Errors) Run(
        string program, IEnumerable<string> arguments, string hint, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(3);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException($"Could not start {program}. {hint}");
        }
        catch (Win32Exception error)
        {
            throw new XunitException($"Could not start {program} ({error.Message}). {hint}");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new XunitException($"{program} did not finish within {limit.TotalMinutes:0} minutes.");
            }

            process.WaitForExit();
            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}
