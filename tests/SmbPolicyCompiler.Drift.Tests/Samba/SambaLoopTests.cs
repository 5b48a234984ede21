using System.Diagnostics;
using System.Text.Json;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Samba;

/// <summary>
/// The Samba back end with the loop closed: compile a policy with <c>platform: samba</c> groups, start a real smbd
/// on loopback whose smb.conf includes the generated file (after a baseline that allows SMB1 and does not require
/// signing, as an old NAS would), check it with testparm, and ask <c>smbpol drift --source wire</c> whether the
/// server now is what the ring declares. Needs smbd and testparm: apt-get install -y samba.
/// </summary>
[Trait("Category", "Interop")]
public sealed class SambaLoopTests : IDisposable
{
    private const string AsOf = "2026-11-21";

    private readonly PolicyFolder _policy = new("""
        policy:
          name: samba-loop
          domain: lab.example.com
        groups:
          - name: nas-enforce
            description: NAS filers that require signing and refuse SMB1.
            owner: storage@example.com
            platform: samba
            members:
              hosts: [NAS-ENF]
          - name: nas-audit
            description: NAS filers whose ring audits signing (Samba cannot audit; nothing is written) and has SMB1 off.
            owner: storage@example.com
            platform: samba
            members:
              hosts: [NAS-AUD]
        rings:
          - name: pilot
            description: Enforcing.
            groups: [nas-enforce]
            controls:
              serverSigning: { audit: 2026-01-05, enforce: 2026-03-02 }
              smb1Server: { audit: 2026-01-05, disabled: 2026-03-02 }
              serverEncryption: { audit: 2026-01-05, require: 2026-03-02 }
          - name: broad
            description: Auditing.
            groups: [nas-audit]
            controls:
              serverSigning: { audit: 2026-01-05 }
              smb1Server: { audit: 2026-01-05, disabled: 2026-03-02 }
        """);

    private readonly TempFolder _output = new("smbpol-samba-out");

    public void Dispose()
    {
        _policy.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void Compile_SambaGroups_GetOneIncludePerRingAndSideAndNoGpoLink()
    {
        var out_ = Compile(_policy.Path);

        File.Exists(Path.Combine(out_, "pilot", "samba", "pilot-server.conf")).Should().BeTrue();
        File.Exists(Path.Combine(out_, "broad", "samba", "broad-server.conf")).Should().BeTrue();
        Directory.EnumerateFiles(out_, "*-client.conf", SearchOption.AllDirectories).Should().BeEmpty("no group is a client group");
        var enforce = File.ReadAllText(Path.Combine(out_, "pilot", "samba", "pilot-server.conf"));
        enforce.Should().Contain("\tserver signing = mandatory\n").And.Contain("\tserver min protocol = SMB2_02\n").And.Contain("\tserver smb encrypt = required\n");
        enforce.Should().Contain("#   serverSigning: enforce - server.AuditClientDoesNotSupportSigning = 1", "what Samba cannot carry is listed");
        var audit = File.ReadAllText(Path.Combine(out_, "broad", "samba", "broad-server.conf"));
        audit.Should().NotContain("server signing =").And.Contain("\tserver min protocol = SMB2_02\n")
            .And.Contain("#   serverSigning: audit - server.AuditClientDoesNotSupportSigning = 1");
        File.ReadAllText(Path.Combine(out_, "pilot", "Import-pilot.ps1")).Should().NotContain("NAS-ENF", "a Samba group gets no GPO filter or link");
    }

    [Fact]
    public async Task Smbd_WithTheEnforcingRingsInclude_PassesTestparmAndDriftOnTheWireIsCompliant()
    {
        var out_ = Compile(_policy.Path);
        using var smbd = await SmbdServer.StartAsync(Baseline(Path.Combine(out_, "pilot", "samba", "pilot-server.conf")));

        var testparm = Testparm(smbd.ConfigPath);
        testparm.Effective.Should().Contain("server signing = required", "mandatory is Samba's synonym of required; {0}", testparm)
            .And.Contain("server smb encrypt = required")
            .And.NotContain("server min protocol = NT1", "the include overrides the baseline's NT1 with SMB2_02 (the default, so testparm -s omits it)");

        var result = Drift(_policy.Path, "NAS-ENF", smbd);
        using var report = JsonDocument.Parse(result.Out);
        Status(report, "NAS-ENF", "server.RequireSecuritySignature").Should().Be("compliant", "{0}\n{1}", result, smbd.DescribeLogs());
        Status(report, "NAS-ENF", "server.SMB1").Should().Be("compliant");
        Status(report, "NAS-ENF", "server.EncryptData").Should().Be("notVisible", "the wire does not show encryption; testparm did");
    }

    [Fact]
    public async Task Smbd_WithTheAuditingRingsInclude_IsCompliantForItsRingAndDriftedForTheEnforcingRing()
    {
        var out_ = Compile(_policy.Path);
        using var smbd = await SmbdServer.StartAsync(Baseline(Path.Combine(out_, "broad", "samba", "broad-server.conf")));

        var testparm = Testparm(smbd.ConfigPath);
        testparm.Effective.Should().NotContain("server signing = required", "signing at audit changes nothing Samba can do; {0}", testparm)
            .And.NotContain("server min protocol = NT1");

        var own = Drift(_policy.Path, "NAS-AUD", smbd);
        using (var report = JsonDocument.Parse(own.Out))
        {
            Status(report, "NAS-AUD", "server.SMB1").Should().Be("compliant", own.ToString());
            report.RootElement.GetProperty("findings").EnumerateArray().Should().NotContain(
                f => f.GetProperty("host").GetString() == "NAS-AUD" && f.GetProperty("setting").GetString() == "server.RequireSecuritySignature",
                "a ring at audit declares no signing requirement");
        }

        var other = Drift(_policy.Path, "NAS-ENF", smbd);
        other.ExitCode.Should().Be(1, "the enforcing ring's host on the auditing ring's smb.conf; {0}", other);
        using (var report = JsonDocument.Parse(other.Out))
        {
            Status(report, "NAS-ENF", "server.RequireSecuritySignature").Should().Be("drifted");
            Status(report, "NAS-ENF", "server.SMB1").Should().Be("compliant");
        }
    }

    [Fact]
    public async Task Smbd_WithTheExamplePolicysNasInclude_IsCompliantOnTheWire()
    {
        var out_ = Compile(Path.Combine(RepoPaths.Root, "policies"));
        var include = Path.Combine(out_, "early", "samba", "early-server.conf");
        using var smbd = await SmbdServer.StartAsync(Baseline(include));

        var testparm = Testparm(smbd.ConfigPath);
        testparm.Effective.Should().Contain("server signing = required", "{0}", testparm);

        var result = Drift(Path.Combine(RepoPaths.Root, "policies"), "nas-par-01", smbd);
        using var report = JsonDocument.Parse(result.Out);
        Status(report, "nas-par-01", "server.RequireSecuritySignature").Should().Be("compliant", "{0}\n{1}", result, smbd.DescribeLogs());
        Status(report, "nas-par-01", "server.SMB1").Should().Be("compliant");
    }

    /// <summary>An old NAS's settings: SMB1 allowed, signing not required; the generated include comes last.</summary>
    private static SmbdConfig Baseline(string include) => new() { ServerSigning = "auto", MinProtocol = "NT1", Include = include };

    private string Compile(string policyPath)
    {
        var result = DriftCli.Run("compile", policyPath, "--out", _output.Path, "--as-of", AsOf);
        result.ExitCode.Should().Be(0, result.ToString());
        return _output.Path;
    }

    private static DriftCli.Result Drift(string policyPath, string host, SmbdServer smbd) =>
        DriftCli.Run("drift", policyPath, "--as-of", AsOf, "--source", "wire", "--targets", $"{host}=127.0.0.1:{smbd.Port}",
            "--timeout", "10000", "--retries", "1", "--format", "json");

    /// <summary>--targets points one policy host at smbd; the others are reported unknown (no address), so look at that host only.</summary>
    private static string Status(JsonDocument report, string host, string setting) =>
        report.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("setting").GetString() == setting && f.GetProperty("host").GetString()!.StartsWith(host, StringComparison.OrdinalIgnoreCase))
            .GetProperty("status").GetString()!;

    private sealed record TestparmRun(int ExitCode, string Effective, string Warnings)
    {
        public override string ToString() => $"testparm exit {ExitCode}\n--- stdout ---\n{Effective}\n--- stderr ---\n{Warnings}";
    }

    /// <summary>testparm -s on the whole smb.conf: it must load, and say nothing about the options the include sets.</summary>
    private static TestparmRun Testparm(string configPath)
    {
        var start = new ProcessStartInfo(RequiredTool.Testparm) { ArgumentList = { "-s", configPath }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var run = new TestparmRun(process.ExitCode, stdout.Result, stderr);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Warnings.Should().Contain("Loaded services file OK.", run.ToString());
        foreach (var line in run.Warnings.Split('\n').Where(l => l.Contains("WARNING", StringComparison.OrdinalIgnoreCase) || l.Contains("Unknown parameter", StringComparison.Ordinal)))
        {
            line.Should().NotContainAny(["signing", "min protocol", "smb encrypt", "include"], "testparm must not warn about the generated lines; {0}", run);
        }

        return run;
    }
}
