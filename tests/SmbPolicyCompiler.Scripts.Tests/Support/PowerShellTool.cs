using System.Diagnostics;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>
/// Runs PowerShell 7.6.10, the repository's local dotnet tool (.config/dotnet-tools.json), as
/// <c>dotnet tool run pwsh</c> from the repository root. When the tool is not restored the test fails and says how to
/// fix it; it never skips.
/// </summary>
internal static class PowerShellTool
{
    public static (int ExitCode, string Output) RunFile(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", "pwsh", "--", "-NoLogo", "-NoProfile", "-NonInteractive", "-File", script }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pwsh {script} did not finish within {timeout}. Output so far:\n{output.Result}{error.Result}");
        }

        var text = output.Result + error.Result;
        if (text.Contains("Cannot find a tool in the manifest file", StringComparison.Ordinal) ||
            text.Contains("dotnet tool restore", StringComparison.Ordinal) ||
            text.Contains("is not currently installed", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"PowerShell, the repository's local dotnet tool, is not available: run 'dotnet tool restore' in {RepoPaths.Root} " +
                "(it installs the version pinned in .config/dotnet-tools.json; .ci/run does it). dotnet said:\n" + text);
        }

        return (process.ExitCode, text);
    }
}
