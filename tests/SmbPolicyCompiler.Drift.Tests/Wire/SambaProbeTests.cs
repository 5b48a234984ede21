using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

/// <summary>
/// The probe against real Samba smbd processes, checked against the configuration and against nmap's
/// smb2-security-mode on the same server. Needs smbd and nmap: apt-get install -y samba nmap.
/// </summary>
[Trait("Category", "Interop")]
public class SambaProbeTests
{
    private static readonly WireScanOptions Options = new() { Timeout = TimeSpan.FromSeconds(10), Retries = 1 };

    [Theory]
    [InlineData("mandatory", null)]
    [InlineData("auto", null)]
    [InlineData(null, null)]
    [InlineData("mandatory", "NT1")]
    [InlineData("auto", "NT1")]
    [InlineData(null, "NT1")]
    public async Task Probe_Smbd_ReportsSigningAndSmb1AsConfiguredAndAgreesWithNmap(string? signing, string? minProtocol)
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = signing, MinProtocol = minProtocol });
        var mandatory = signing == "mandatory";
        var smb1Allowed = minProtocol == "NT1";

        var result = await new WireScanner(Options).ProbeAsync(smbd.Target);

        var logs = smbd.DescribeLogs();
        result.Succeeded.Should().BeTrue("smbd answers ({0}); {1}", result.Failure, logs);
        result.Dialect.Should().Be("3.1.1", "smbd 4.x negotiates 3.1.1 when the request's contexts are valid");
        result.SigningEnabled.Should().BeTrue();
        result.SigningRequired.Should().Be(mandatory, "server signing = {0}", signing ?? "(default)");
        result.Smb1.Support.Should().Be(smb1Allowed ? Smb1Support.Accepted : Smb1Support.Rejected, "{0}", result.Smb1.Evidence);
        if (smb1Allowed)
        {
            result.Smb1.Dialect.Should().Be("NT LM 0.12");
            result.Smb1.SigningRequired.Should().Be(mandatory);
            result.Smb1.SigningEnabled.Should().Be(signing is "mandatory" or "auto", "for SMB1, smbd's default signing on a standalone server is off");
        }
        else
        {
            result.Smb1.Evidence.Should().Contain("DialectIndex 0xFFFF", "smbd 4.17 answers an SMB1-only negotiate with 'no dialect' and closes");
        }

        var nmap = await NmapRun.Smb2SecurityModeAsync([smbd.Config.Address.ToString()], smbd.Port);
        var verdict = nmap.For(smbd.Config.Address.ToString());
        verdict.Message.Should().Be(
            mandatory ? NmapSmb2Verdict.EnabledAndRequired : NmapSmb2Verdict.EnabledNotRequired,
            "nmap ran: {0}; {1}", nmap.CommandLine, logs);
        verdict.SigningRequired.Should().Be(result.SigningRequired);
        verdict.SigningEnabled.Should().Be(result.SigningEnabled);
    }

    [Theory]
    [InlineData("mandatory", "required")]
    [InlineData("auto", "supported")]
    public async Task Probe_Smb1OnlySmbd_SigningFromTheSmb1NegotiateAgreesWithNmapSmbSecurityMode(string signing, string nmapSays)
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = signing, MinProtocol = "NT1", MaxProtocol = "NT1" });

        var result = await new WireScanner(Options).ProbeAsync(smbd.Target);
        var observed = WireSource.Observe(result);

        var logs = smbd.DescribeLogs();
        result.Succeeded.Should().BeFalse("smbd speaks only SMB1 here; {0}", logs);
        result.Smb1.Support.Should().Be(Smb1Support.Accepted, "{0}; {1}", result.Smb1.Evidence, logs);
        observed.SigningRequired.Should().Be(signing == "mandatory", "the SMB1 NEGOTIATE reply's SecurityMode says it; {0}", result.Smb1.Evidence);
        var (messageSigning, commandLine) = await NmapRun.SmbSecurityModeAsync(smbd.Config.Address.ToString(), smbd.Port);
        messageSigning.Should().Be(nmapSays, "nmap ran: {0}; {1}", commandLine, logs);
    }

    [Theory]
    [InlineData("SMB2_02", "2.0.2")]
    [InlineData("SMB2_10", "2.1")]
    [InlineData("SMB3_00", "3.0")]
    [InlineData("SMB3_02", "3.0.2")]
    public async Task Probe_SmbdWithMaxProtocol_ReportsThatDialect(string maxProtocol, string dialect)
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "mandatory", MaxProtocol = maxProtocol });

        var result = await new WireScanner(Options with { ProbeSmb1 = false }).ProbeAsync(smbd.Target);

        result.Dialect.Should().Be(dialect, "{0}; {1}", result.Failure, smbd.DescribeLogs());
        result.SigningRequired.Should().BeTrue();
    }

    [Fact]
    public async Task Probe_SmbdRequiringSmb311_AcceptsTheNegotiateContexts()
    {
        using var smbd = await SmbdServer.StartAsync(new SmbdConfig { MinProtocol = "SMB3_11" });

        var result = await new WireScanner(Options).ProbeAsync(smbd.Target);

        result.Dialect.Should().Be("3.1.1", "{0}; {1}", result.Failure, smbd.DescribeLogs());
        result.Smb1.Support.Should().Be(Smb1Support.Rejected);
    }

    [Fact]
    public async Task Scan_SeveralSmbdAtOnce_EachGetsItsOwnVerdict()
    {
        using var required = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "mandatory" });
        using var optional = await SmbdServer.StartAsync(new SmbdConfig { ServerSigning = "auto", MinProtocol = "NT1" });

        var results = await new WireScanner(Options).ScanAsync([required.Target, optional.Target, required.Target]);

        results.Select(r => r.SigningRequired).Should().Equal(true, false, true);
        results.Select(r => r.Smb1.Support).Should().Equal(Smb1Support.Rejected, Smb1Support.Accepted, Smb1Support.Rejected);
    }

    [Fact]
    public async Task Harness_BadConfiguration_FailsWithTheSmbdLog()
    {
        var start = () => SmbdServer.StartAsync(new SmbdConfig { MinProtocol = "SMB9_99" });

        var failure = await start.Should().ThrowAsync<InvalidOperationException>();
        failure.Which.Message.Should().Contain("smbd did not start").And.Contain("Ignoring invalid value 'SMB9_99'").And.Contain("smb.conf");
    }

    [Fact]
    public void Harness_MissingProgram_FailsNamingTheDebianPackage()
    {
        var locate = () => RequiredTool.Locate("smbpol-no-such-program", "samba");

        locate.Should().Throw<InvalidOperationException>()
            .WithMessage("*'smbpol-no-such-program' is not installed*Debian package 'samba'*apt-get install -y samba nmap*");
    }
}
