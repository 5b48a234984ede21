using System.Text.Json;
using SmbPolicyCompiler.Cli;
using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// The ring scripts of generated/ run on simulated hosts of four builds (Pester/Apply.Tests.ps1); then the real
/// `smbpol drift --source snapshots=…` judges what Collect-SmbState.ps1 recorded, before and after Apply.
/// </summary>
[Trait("Category", "Interop")]
public class ApplyTests
{
    [Fact]
    public void GeneratedRingScripts_ApplyIdempotently_AndDriftSeesTheHostCompliant()
    {
        using var work = new TempFolder("smbpol-apply");
        var policy = HostCases.Load(RepoPaths.Policies);
        var cases = HostCases.For(policy, RepoPaths.Generated);
        cases.Should().HaveCountGreaterThanOrEqualTo(6, "every ring side of policies/ and each exception's host");

        var result = PesterSuite.Run("Apply", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work.Path,
            ["Collect"] = Path.Combine(RepoPaths.Generated, "Collect-SmbState.ps1"),
            ["Schema"] = Path.Combine(RepoPaths.Schemas, "collector.schema.json"),
            ["Cases"] = cases,
            ["Builds"] = HostCases.Builds,
        });
        result.ShouldAllPass(cases.Count * HostCases.Builds.Length * 6);

        foreach (var folder in Directory.GetDirectories(work.Combine("snapshots", "applied")))
        {
            var slug = Path.GetFileName(folder);
            var actions = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(work.Combine("actions", slug + ".json")))!;
            var hostName = Path.GetFileNameWithoutExtension(Directory.GetFiles(folder).Single());
            var side = slug.Contains("-servers-", StringComparison.Ordinal) ? "server." : "client.";
            foreach (var finding in Drift(folder, hostName, side))
            {
                var setting = finding.GetProperty("setting").GetString()!;
                var status = finding.GetProperty("status").GetString();
                actions.Should().ContainKey(setting, $"Apply handles every setting drift checks ({slug})");
                if (actions[setting] != "Skipped")
                {
                    // Drift does not know minimum builds: a setting the build lacks is judged by what its absence means.
                    status.Should().Be("compliant", $"{setting} on {slug} after Apply ({finding})");
                }
            }

            // Before Apply: every setting drift names as drifted is one Apply changed, and every one Apply left unchanged is
            // compliant. (Apply also writes a value whose absence already means it, as Group Policy would; drift calls that compliant.)
            var fresh = Drift(work.Combine("snapshots", "fresh", slug), hostName, side);
            foreach (var finding in fresh)
            {
                var setting = finding.GetProperty("setting").GetString()!;
                var status = finding.GetProperty("status").GetString();
                if (status == "drifted")
                {
                    actions[setting].Should().BeOneOf(["Changed", "Skipped"], $"drift names {setting} on {slug} before Apply ({finding})");
                }

                if (actions[setting] == "Unchanged")
                {
                    status.Should().Be("compliant", $"{setting} on {slug} already had its value ({finding})");
                }
            }

            fresh.Should().Contain(f => f.GetProperty("status").GetString() == "drifted", $"a fresh host differs from the policy ({slug})");
        }
    }

    /// <summary>The host's findings for the settings of one side (a host of a 'both' group has the other side's too).</summary>
    private static List<JsonElement> Drift(string snapshots, string hostName, string side)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(
            ["drift", RepoPaths.Policies, "--source", "snapshots=" + snapshots, "--format", "json", "--as-of", CompiledCase.AsOf],
            new CliConsole(stdout, stderr, false));
        exitCode.Should().BeOneOf([0, 1], stderr.ToString());
        using var report = JsonDocument.Parse(stdout.ToString());
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => string.Equals(f.GetProperty("host").GetString(), hostName, StringComparison.OrdinalIgnoreCase))
            .Where(f => f.GetProperty("setting").GetString()!.StartsWith(side, StringComparison.Ordinal))
            .Select(f => f.Clone())
            .ToList();
        findings.Should().NotBeEmpty($"drift judges {hostName} from its snapshot");
        return findings;
    }
}
