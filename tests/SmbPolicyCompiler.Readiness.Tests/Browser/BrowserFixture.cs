using System.Diagnostics;
using Microsoft.Playwright;
using SmbPolicyCompiler.Cli;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Browser;

/// <summary>
/// One chromium for the browser tests (Debian's /usr/bin/chromium, or SMBPOL_CHROMIUM; Playwright downloads nothing),
/// and the example report as a user makes it: smbpol run from the repository root on examples/ with a fixed --as-of.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string AsOf = "2026-12-01";

    public static readonly string[] ExampleArguments =
        ["readiness", "policies", "--events", "examples/exported/", "--inventory", "examples/inventory.csv", "--as-of", AsOf, "--format", "html"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smbpol-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string ExampleReport => Path.Combine(_folder, "readiness.html");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SMBPOL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        WriteExampleReport(ExampleReport);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public async Task<IPage> OpenAsync(string htmlFile)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(htmlFile).AbsoluteUri);
        return page;
    }

    /// <summary>The example report, written by smbpol itself (a child process in the repository root, so input paths are relative).</summary>
    public static void WriteExampleReport(string output)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var argument in ExampleArguments.Append("--output").Append(output))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().BeOneOf([0, 1], error.Result);
        File.Exists(output).Should().BeTrue(error.Result);
    }
}
