using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>
/// Runs one Pester suite (Pester/&lt;name&gt;.Tests.ps1) in one pwsh process with the data the test hands it, and reads
/// Pester's NUnit 3 result. Pester is imported from its NuGet package folder (restored with the solution, version in
/// Directory.Packages.props); nothing is downloaded at test time.
/// </summary>
internal static class PesterSuite
{
    // A guard against a hung pwsh, not a speed target: the Rollback suite takes ~2 min alone and over 8 min on a
    // machine at load 30-40 (seen while landing).
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(40);

    public static string Folder => RepoPaths.Tests("SmbPolicyCompiler.Scripts.Tests", "Pester");

    public static string SimulationModule => RepoPaths.Tests("SmbPolicyCompiler.Scripts.Tests", "Simulation", "SimulatedHost.psm1");

    public static PesterResult Run(string suite, IReadOnlyDictionary<string, object?> data)
    {
        using var work = new TempFolder("smbpol-pester");
        var dataFile = work.Write("data.json", JsonSerializer.Serialize(data));
        var resultFile = work.Combine("result.xml");
        var (exitCode, output) = PowerShellTool.RunFile(
            Path.Combine(Folder, "Invoke-PesterSuite.ps1"),
            ["-PesterModule", PesterModule, "-Suite", Path.Combine(Folder, suite + ".Tests.ps1"), "-DataFile", dataFile, "-ResultFile", resultFile],
            Timeout);
        if (!File.Exists(resultFile))
        {
            throw new Xunit.Sdk.XunitException($"Pester wrote no result for {suite} (pwsh exit code {exitCode}):\n{output}");
        }

        return PesterResult.Read(XDocument.Load(resultFile), output);
    }

    /// <summary>Pester.psd1 in the restored package (the build passes the package folder in as assembly metadata).</summary>
    private static string PesterModule
    {
        get
        {
            var folder = typeof(PesterSuite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "PesterPackage")?.Value;
            var module = string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, "tools", "Pester.psd1");
            return module is not null && File.Exists(module)
                ? module
                : throw new InvalidOperationException(
                    $"Pester is not restored (looked for {module ?? "the PesterPackage metadata"}): run 'dotnet restore SmbPolicyCompiler.sln'; the version is pinned in Directory.Packages.props.");
        }
    }
}
