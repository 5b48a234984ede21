using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>
/// Runs tests/tools/samba-gpo-dump, which reads registry.pol and GptTmpl.inf with Samba's own parsers.
/// A missing script or missing python3-samba fails the test with the fix: it must never pass silently.
/// </summary>
public static class SambaGpoDump
{
    private const string InstallHint = "Install Samba's Python bindings: apt-get install -y python3-samba";

    public static string ToolPath => RepoPaths.Tests("tools", "samba-gpo-dump");

    /// <summary>The tool's output lines for <paramref name="file"/>; fails the test unless it exits 0.</summary>
    public static IReadOnlyList<string> Dump(string file)
    {
        var (exitCode, output, errors) = Run(file);
        if (exitCode != 0)
        {
            throw new XunitException($"samba-gpo-dump failed (exit {exitCode}) on {file}:{Environment.NewLine}{output}{errors}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    /// <summary>A registry.pol line "KEY | VALUE | TYPE | DATA" with string data turned from Python repr into "text:...".</summary>
    public static string DecodePolLine(string line)
    {
        var parts = line.Split(" | ", 4);
        if (parts.Length != 4)
        {
            throw new XunitException($"samba-gpo-dump prints KEY | VALUE | TYPE | DATA, got: {line}");
        }

        var data = parts[3].Length > 0 && parts[3][0] is '\'' or '"' ? "text:" + PythonRepr.Parse(parts[3]) : parts[3];
        return $"{parts[0]} | {parts[1]} | {parts[2]} | {data}";
    }

    public static (int ExitCode, string Output, string Errors) Run(string file)
    {
        if (!File.Exists(ToolPath))
        {
            throw new XunitException($"The Samba interop check needs {ToolPath} (part of this repository's tests). {InstallHint}");
        }

        var (exitCode, output, errors) = ExternalTool.Run(ToolPath, [file], $"It runs /usr/bin/python3. {InstallHint}", timeout: TimeSpan.FromMinutes(2));
        if (exitCode == 2)
        {
            throw new XunitException($"samba-gpo-dump reports that python3-samba is missing. {InstallHint}{Environment.NewLine}{errors}");
        }

        return (exitCode, output, errors);
    }
}
