using System.Text.Json;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_HostHeldBackByException_ShowsTheExceptionAndTheRingStage()
    {
        var result = Run("explain", "FS-PAR-07", Policies, "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("host FS-PAR-07 (fs-par-07.corp.contoso.com)");
        result.Out.Should().Contain("ring     early (2 of 3)");
        result.Out.Should().MatchRegex(@"serverSigning\s+audit\s+2026-08-03\s+exception 'EXC-2026-007' \(.*exceptions\.yaml\(\d+,\d+\)\); ring is at 'enforce'");
        result.Out.Should().MatchRegex(@"smb1Server\s+disabled\s+2026-07-06\s+ring 'early'");
        result.Out.Should().NotContain("RequireSecuritySignature", "the exception holds signing at audit");
    }

    [Fact]
    public void Explain_HostByFqdn_FindsTheSameHost() =>
        Run("explain", "fs-par-07.corp.contoso.com", Policies, "--as-of", AsOf).Out.Should().StartWith("host FS-PAR-07");

    [Fact]
    public void Explain_Group_ListsMembersHostsAndExceptions()
    {
        var result = Run("explain", "fs-paris", Policies, "--as-of", AsOf);

        result.Out.Should().Contain("group fs-paris").And.Contain("ring     early").And.Contain("hosts    8:")
            .And.Contain("EXC-2026-007: serverSigning held at 'audit' until 2031-10-03 for FS-PAR-07");
    }

    [Fact]
    public void Explain_Ring_ShowsStagesGatesAndSettingsPerSide()
    {
        var result = Run("explain", "pilot", Policies, "--as-of", AsOf);

        result.Out.Should().Contain("ring pilot (1 of 3)");
        result.Out.Should().MatchRegex(@"serverSigning\s+enforce\s+2026-07-15\s+14d audit, 98% ready");
        result.Out.Should().Contain("evidence ≥50% reporting, ≥7d of data", "the thin-evidence minimums apply with their defaults when the gate does not set them");
        result.Out.Should().Contain("server settings:").And.Contain("client settings:");
        result.Out.Should().Contain(@"HKLM\SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters\RequireSecuritySignature = 1");
    }

    [Fact]
    public void Explain_Json_HasProvenanceWithFilePositions()
    {
        var result = Run("explain", "FS-PAR-07", Policies, "--as-of", AsOf, "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var signing = doc.RootElement.GetProperty("controls").EnumerateArray().First(c => c.GetProperty("control").GetString() == "serverSigning");
        signing.GetProperty("stage").GetString().Should().Be("audit");
        signing.GetProperty("ringStage").GetString().Should().Be("enforce");
        var by = signing.GetProperty("decidedBy");
        by.GetProperty("kind").GetString().Should().Be("exception");
        by.GetProperty("location").GetProperty("file").GetString().Should().EndWith("exceptions.yaml");
        by.GetProperty("location").GetProperty("line").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Explain_RingJson_GivesTheEvidenceMinimumsTheGateApplies()
    {
        var result = Run("explain", "pilot", Policies, "--as-of", AsOf, "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var signing = doc.RootElement.GetProperty("controls").EnumerateArray().First(c => c.GetProperty("control").GetString() == "serverSigning");
        var gate = signing.GetProperty("gate");
        gate.GetProperty("minAuditDays").GetInt32().Should().Be(14);
        gate.GetProperty("minReportingPercent").GetDouble().Should().Be(50);
        gate.GetProperty("minDaysOfData").GetInt32().Should().Be(7);
    }

    [Fact]
    public void Explain_UnknownName_ExitsTwoWithSuggestion()
    {
        var result = Run("explain", "fs-pariss", Policies, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("did you mean 'fs-paris'");
    }
}
