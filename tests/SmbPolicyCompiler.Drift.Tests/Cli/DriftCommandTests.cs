using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Cli;

public class DriftCommandTests
{
    private static readonly string Policy = DriftCases.Path("policy");

    private static DriftCli.Result Drift(params string[] args) => DriftCli.Run(["drift", Policy, "--as-of", "2026-11-21", .. args]);

    [Fact]
    public void Drift_SnapshotsAndRegExportsTogether_ReportsEachSourcesFindings()
    {
        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--source", "regexport=" + DriftCases.Path("regexport"), "--format", "json");

        result.ExitCode.Should().Be(1, "FS-PAR-02 drifted; {0}", result);
        using var report = JsonDocument.Parse(result.Out);
        report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal("snapshot", "regexport");
        var fs01Sources = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("host").GetString() == "FS-PAR-01" && f.GetProperty("setting").GetString() == "server.RequireSecuritySignature")
            .Select(f => (f.GetProperty("source").GetString(), f.GetProperty("status").GetString()));
        fs01Sources.Should().Equal(
            ("regexport:FS-PAR-01/currentversion.reg+FS-PAR-01/policies.reg+FS-PAR-01/server-parameters.reg", "compliant"),
            ("snapshot:FS-PAR-01.json", "compliant"));
    }

    [Fact]
    public void Drift_EverythingReadMatches_ExitsZero()
    {
        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good", "FS-PAR-01.json"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Contain("FS-PAR-02").And.Contain("no source read this host (used: snapshot)", "hosts without a snapshot are unknown");
    }

    [Fact]
    public void Drift_UnknownWithFailOnUnknown_ExitsOne()
    {
        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good", "FS-PAR-01.json"), "--fail-on-unknown");

        result.ExitCode.Should().Be(1, result.ToString());
    }

    [Fact]
    public void Drift_UnreachableHostBesideSnapshots_IsUnknownAndTheRestIsStillReported()
    {
        using var closed = FreePort.Closed(IPAddress.Loopback, out var port);

        var result = Drift("--source", "wire", "--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--targets", $"FS-PAR-01=127.0.0.1:{port}",
            "--timeout", "300", "--retries", "0", "--concurrency", "4", "--format", "json");

        using var report = JsonDocument.Parse(result.Out);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().Contain(f => f.GetProperty("host").GetString() == "FS-PAR-01" && f.GetProperty("source").GetString() == "wire"
                                       && f.GetProperty("status").GetString() == "unknown" && f.GetProperty("detail").GetString()!.Contains("Refused"));
        findings.Should().Contain(f => f.GetProperty("host").GetString() == "FS-PAR-01" && f.GetProperty("source").GetString() == "snapshot:FS-PAR-01.json"
                                       && f.GetProperty("status").GetString() == "compliant");
        findings.Should().Contain(f => f.GetProperty("host").GetString() == "FS-PAR-02" && f.GetProperty("status").GetString() == "drifted");
    }

    [Fact]
    public void Drift_OutputFile_HoldsTheReportAndStderrTheSummary()
    {
        using var folder = new TempFolder("smbpol-drift-out");
        var file = folder.Combine("drift.xml");

        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--format", "junit", "--output", file);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("smbpol drift: ").And.Contain("host(s) checked with snapshot");
        XDocument.Load(file).Root!.Attribute("failures")!.Value.Should().NotBe("0");
    }

    [Fact]
    public void Drift_OutputIntoAMissingFolder_CreatesIt()
    {
        using var folder = new TempFolder("smbpol-drift-out");
        var file = folder.Combine("reports", "drift.md");

        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--format", "markdown", "--output", file);

        result.ExitCode.Should().Be(1, result.Error);
        File.ReadAllText(file).Should().StartWith("### smbpol drift (as of 2026-11-21)");
    }

    [Fact]
    public void Drift_OutputUnderAFile_ExitsTwoNamingItAndWritesNothing()
    {
        using var folder = new TempFolder("smbpol-drift-out");
        var file = Path.Combine(folder.Write("blocker", string.Empty), "drift.txt");

        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--output", file);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("smbpol: could not write the report to " + file);
        Directory.GetFiles(folder.Path).Should().Equal(folder.Combine("blocker"));
    }

    [Theory]
    [InlineData("sarif", "\"version\": \"2.1.0\"")]
    [InlineData("markdown", "### smbpol drift (as of 2026-11-21)")]
    [InlineData("junit", "<testsuites name=\"smbpol drift\"")]
    public void Drift_Formats_WriteThatFormatToStdout(string format, string marker)
    {
        var result = Drift("--source", "snapshots=" + DriftCases.Path("snapshots", "good"), "--format", format);

        result.Out.Should().Contain(marker);
    }

    [Theory]
    [InlineData(new string[0], "no --source given; say where live state comes from: --source snapshots=<file|folder>, regexport=<file|folder>, wire or wmi")]
    [InlineData(new[] { "--source", "ldap" }, "--source ldap: unknown source 'ldap'; use snapshots=<file|folder>, regexport=<file|folder>, wire or wmi")]
    [InlineData(new[] { "--source", "snapshots" }, "--source snapshots: give the file or folder")]
    [InlineData(new[] { "--source", "wire=10.0.0.1" }, "--source wire=10.0.0.1: 'wire' takes no value; use --targets to give addresses")]
    [InlineData(new[] { "--source", "wire", "--targets", "FS-PAR-01=10.0.0.1:0" }, "--targets target 'FS-PAR-01=10.0.0.1:0': '10.0.0.1:0': port '0' is not a number from 1 to 65535")]
    [InlineData(new[] { "--source", "wire", "--targets", "FS-PAR-01=10.0.0.1,fs-par-01.corp.contoso.com" }, "--targets names 'fs-par-01.corp.contoso.com' twice")]
    [InlineData(new[] { "--source", "snapshots=/nonexistent/smbpol" }, "snapshot: '/nonexistent/smbpol' is neither a file nor a folder")]
    [InlineData(new[] { "--source", "wire", "--concurrency", "0" }, "--concurrency is 0; it must be 1 to 65536")]
    [InlineData(new[] { "--source", "wire", "--timeout", "-5" }, "--timeout is -5; it must be 1 to 600000")]
    public void Drift_CannotRun_ExitsTwoSayingWhy(string[] args, string message)
    {
        var result = Drift(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(message);
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Drift_WmiWithoutTheWindowsManagementRuntime_EveryHostUnknownSayingSo_FailingOnUnknown()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = Drift("--source", "wmi", "--fail-on-unknown", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain($"{DriftCases.Targets.Count} host(s) checked with wmi: 0 compliant, 0 drifted, {DriftCases.Targets.Count} unknown");
        using var report = JsonDocument.Parse(result.Out);
        var details = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "unknown").Select(f => f.GetProperty("detail").GetString()).ToList();
        details.Should().NotBeEmpty().And.OnlyContain(d => d!.Contains("the Windows management runtime (MI) is not available on this machine (it is part of Windows"));

        var table = Drift("--source", "wmi");
        table.Out.Split("the Windows management runtime (MI) is not available").Should().HaveCount(2, "the table says the reason once: {0}", table.Out);
        table.Out.Should().Contain($"1. {details.Count} settings on ");
    }

    [Fact]
    public void Drift_PolicyThatCannotBeRead_ExitsTwo()
    {
        var result = DriftCli.Run("drift", "/nonexistent/policies", "--source", "wire");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("the policy in /nonexistent/policies could not be read");
    }

    [Fact]
    public void Drift_PolicyWithErrors_ExitsTwoPointingAtValidate()
    {
        using var policy = new PolicyFolder("""
            policy:
              name: broken
              domain: lab.example.com
            rings:
              - name: pilot
                description: Refers to a group that does not exist.
                groups: [nobody]
                controls:
                  serverSigning: { audit: 2026-01-05 }
            """);

        var result = DriftCli.Run("drift", policy.Path, "--source", "wire", "--as-of", "2026-11-21");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("error SMB").And.Contain("has errors; drift compares with a valid policy only (run 'smbpol validate");
    }
}
