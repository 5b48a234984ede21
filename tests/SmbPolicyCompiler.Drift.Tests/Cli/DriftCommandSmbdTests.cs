using System.Text.Json;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Cli;

/// <summary>
/// <c>smbpol drift --source wire</c> in process against real Samba smbd processes, one policy host pointed at each
/// with --targets. Needs smbd: apt-get install -y samba.
/// </summary>
[Trait("Category", "Interop")]
public class DriftCommandSmbdTests
{
    private static DriftCli.Result Drift(PolicyFolder policy, SmbdServer smbd, params string[] extra) =>
        DriftCli.Run(false, ["drift", policy.Path, "--as-of", "2026-11-21", "--source", "wire", "--targets", $"LAB-FS01=127.0.0.1:{smbd.Port}",
            "--timeout", "10000", "--retries", "1", .. extra]);

    private static string Status(JsonDocument report, string setting) =>
        report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("setting").GetString() == setting).GetProperty("status").GetString()!;

    [Theory]
    [InlineData("mandatory", null, 0, "compliant", "compliant")]
    [InlineData("auto", null, 1, "drifted", "compliant")]
    [InlineData("mandatory", "NT1", 1, "compliant", "drifted")]
    [InlineData("auto", "NT1", 1, "drifted", "drifted")]
    public async Task Drift_WireAgainstSmbd_ReportsSigningAndSmb1AsConfigured(string signing, string? minProtocol, int exitCode, string signingStatus, string smb1Status)
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = signing, MinProtocol = minProtocol });
        using var policy = PolicyFolder.SigningAndSmb1();

        var result = Drift(policy, smbd, "--format", "json");

        result.ExitCode.Should().Be(exitCode, "{0}\n{1}", result, smbd.DescribeLogs());
        using var report = JsonDocument.Parse(result.Out);
        Status(report, "server.RequireSecuritySignature").Should().Be(signingStatus);
        Status(report, "server.SMB1").Should().Be(smb1Status);
        Status(report, "server.AuditSmb1Access").Should().Be("notVisible");
        var signingFinding = report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("setting").GetString() == "server.RequireSecuritySignature");
        signingFinding.GetProperty("decidedBy").GetProperty("name").GetString().Should().Be("pilot");
        signingFinding.GetProperty("decidedBy").GetProperty("line").GetInt32().Should().Be(15, "serverSigning is on line 15 of the policy");
        result.Error.Should().StartWith("smbpol drift: 1 host(s) checked with wire:");
    }

    [Fact]
    public async Task Drift_CompliantHostWithFailOnUnknown_StillPassesBecauseInvisibleSettingsAreNotUnknown()
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "mandatory" });
        using var policy = PolicyFolder.SigningAndSmb1();

        var result = Drift(policy, smbd, "--fail-on-unknown");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().StartWith("drift (as of 2026-11-21): 1 host(s) checked with wire: 1 compliant, 0 drifted, 0 unknown");
    }

    [Fact]
    public async Task Drift_TableForADriftedHost_NamesServerControlSettingValuesSourceAndThePolicyLine()
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "auto" });
        using var policy = PolicyFolder.SigningAndSmb1();

        var result = Drift(policy, smbd);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Out.Should().MatchRegex(
            @"LAB-FS01\s+pilot\s+serverSigning/enforce\s+server\.RequireSecuritySignature\s+1\s+signing not required\s+DRIFTED\s+wire\s+ring 'pilot' \(.*policy\.yaml\(15,\d+\)\)\s+SMB2 NEGOTIATE to 127\.0\.0\.1:\d+ \(dialect 3\.1\.1\)");
        result.Error.Should().BeEmpty("the table carries the summary; nothing else goes to stderr when redirected");
    }

    [Fact]
    public async Task Drift_OnATerminal_ShowsWireProgressOnStderr()
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "mandatory" });
        using var policy = PolicyFolder.SigningAndSmb1();

        var result = DriftCli.Run(true, "drift", policy.Path, "--as-of", "2026-11-21", "--source", "wire", "--targets", $"LAB-FS01=127.0.0.1:{smbd.Port}", "--timeout", "10000");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("wire: 1/1, 0 failed, last 127.0.0.1:" + smbd.Port);
        result.Out.Should().NotContain("wire: 1/1", "progress goes to stderr only");
    }

    [Fact]
    public async Task Drift_WireBesideSnapshotsWithNoSnapshotForTheHost_FailsOnUnknown()
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "mandatory" });
        using var policy = PolicyFolder.SigningAndSmb1();
        using var snapshots = new TempFolder("smbpol-drift-nosnap");
        File.Copy(DriftCases.Path("snapshots", "good", "FS-PAR-01.json"), snapshots.Combine("FS-PAR-01.json"));

        var result = Drift(policy, smbd, "--source", "snapshots=" + snapshots.Path, "--fail-on-unknown", "--format", "json");

        result.ExitCode.Should().Be(1, "the snapshot of LAB-FS01 is missing; {0}", result);
        using var report = JsonDocument.Parse(result.Out);
        Status(report, "server.RequireSecuritySignature").Should().Be("compliant");
        Status(report, "server.AuditSmb1Access").Should().Be("unknown");
    }
}
