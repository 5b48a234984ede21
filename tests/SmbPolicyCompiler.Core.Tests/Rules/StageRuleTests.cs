using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Rules;

public class EnforceWithoutAuditRuleTests
{
    [Fact]
    public void Check_AuditBeforeEnforce_ReportsNothing() => With().Codes().Should().NotContain("SMB2001");

    [Fact]
    public void Check_EnforceWithNoAudit_ReportsSMB2001AtTheEnforceStage()
    {
        var rings = Rings.Replace("serverSigning: { audit: 2026-01-01, enforce: 2026-03-01 }", "serverSigning: { enforce: 2026-03-01 }");

        var d = With(rings: rings).Single("SMB2001");

        d.Severity.Should().Be(Diagnostics.Severity.Error);
        d.Message.Should().Contain("serverSigning to 'enforce' with no 'audit' stage");
        d.Location.Line.Should().Be(5);
        d.Location.Column.Should().Be(24);
    }

    [Fact]
    public void Check_DialectWithoutAudit_ReportsNothingBecauseTheControlHasNoAuditStage()
    {
        var rings = Rings + "      minimumDialect: { SMB300: 2026-03-01 }\n";

        With(rings: rings).Codes().Should().NotContain("SMB2001");
    }
}

public class MinimumAuditDaysRuleTests
{
    private const string Gate = "  defaults:\n    gates:\n      serverSigning: { minAuditDays: 30 }\n";

    [Fact]
    public void Check_EnoughAuditDays_ReportsNothing() => With(policy: Policy + Gate).Codes().Should().NotContain("SMB2002");

    [Fact]
    public void Check_TooFewAuditDays_ReportsSMB2002WithTheCount()
    {
        var rings = Rings.Replace("enforce: 2026-03-01", "enforce: 2026-01-15");

        With(policy: Policy + Gate, rings: rings).Single("SMB2002").Message.Should().Contain("after 14 day(s) of audit; its gate asks for at least 30");
    }

    [Fact]
    public void Check_RingGateOverridesDefault_UsesTheRingsValue()
    {
        var rings = Rings.Replace("enforce: 2026-03-01", "enforce: 2026-01-15") + "    gates:\n      serverSigning: { minAuditDays: 7 }\n";

        With(policy: Policy + Gate, rings: rings).Codes().Should().NotContain("SMB2002");
    }
}

public class LaterRingStricterRuleTests
{
    [Fact]
    public void Check_LaterRingBehind_ReportsNothing()
    {
        var rings = Rings + "  - name: broad\n    groups: [more]\n    controls:\n      serverSigning: { audit: 2026-04-01 }\n";
        var groups = Groups + "  - name: more\n    members: { hosts: [SRV3] }\n";

        With(groups: groups, rings: rings).Codes().Should().NotContain("SMB2003");
    }

    [Fact]
    public void Check_LaterRingAhead_ReportsSMB2003Warning()
    {
        var rings = Rings + "  - name: broad\n    groups: [more]\n    controls:\n      serverEncryption: { audit: 2026-04-01 }\n";
        var groups = Groups + "  - name: more\n    members: { hosts: [SRV3] }\n";

        var d = With(groups: groups, rings: rings).Single("SMB2003");

        d.Severity.Should().Be(Diagnostics.Severity.Warning);
        d.Message.Should().Contain("ring 'broad' has serverEncryption at 'audit', stricter than the earlier ring 'pilot' at 'off'");
    }
}

public class StageDateOrderRuleTests
{
    [Fact]
    public void Check_DatesIncrease_ReportsNothing() => With().Codes().Should().NotContain("SMB2004");

    [Fact]
    public void Check_EnforceDatedBeforeAudit_ReportsSMB2004()
    {
        var rings = Rings.Replace("enforce: 2026-03-01", "enforce: 2025-12-01");

        With(rings: rings).Single("SMB2004").Message.Should().Contain("serverSigning enters 'enforce' on 2025-12-01, before 'audit' on 2026-01-01");
    }
}

public class FutureStageDateRuleTests
{
    [Fact]
    public void Check_PastDates_ReportsNothing() => With().Codes().Should().NotContain("SMB2005");

    [Fact]
    public void Check_StageDatedAfterAsOf_ReportsSMB2005()
    {
        var d = With(asOf: new DateOnly(2026, 2, 1)).Single("SMB2005");

        d.Message.Should().Contain("'enforce' is dated 2026-03-01, after today (2026-02-01)");
    }
}

public class SigningWithSmb1RuleTests
{
    [Fact]
    public void Check_Smb1DisabledBeforeSigningEnforced_ReportsNothing() => With().Codes().Should().NotContain("SMB2006");

    [Fact]
    public void Check_SigningEnforcedWithSmb1Audit_ReportsSMB2006()
    {
        var rings = Rings.Replace("smb1Server: { audit: 2025-10-01, disabled: 2025-12-01 }", "smb1Server: { audit: 2025-10-01 }");

        With(rings: rings).Single("SMB2006").Message.Should().Contain("while SMB1 is 'audit'").And.Contain("3027");
    }
}

public class EvidenceGateTests
{
    [Fact]
    public void Load_EvidenceMinimums_AreReadAndARingsGateOverridesTheDefaultFieldByField()
    {
        var policy = Policy + "  defaults:\n    gates:\n      serverSigning: { minAuditDays: 30, minReportingPercent: 80, minDaysOfData: 10 }\n";
        var rings = Rings + "    gates:\n      serverSigning: { minDaysOfData: 3 }\n";

        var compilation = With(policy: policy, rings: rings);

        compilation.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Should().BeEmpty();
        var gate = compilation.Resolved!.Rings[0].Control("serverSigning").Gate;
        gate.MinReportingPercent.Should().Be(80);
        gate.MinDaysOfData.Should().Be(3);
        gate.MinAuditDays.Should().Be(30);
    }

    [Fact]
    public void Load_EvidenceMinimumsUnset_TakeTheDefaults()
    {
        var gate = With().Resolved!.Rings[0].Control("serverSigning").Gate;

        gate.MinReportingPercent.Should().BeNull();
        gate.EffectiveMinReportingPercent.Should().Be(Model.Gate.DefaultMinReportingPercent).And.Be(50);
        gate.EffectiveMinDaysOfData.Should().Be(Model.Gate.DefaultMinDaysOfData).And.Be(7);
    }

    [Theory]
    [InlineData("minReportingPercent: 150", "SMB0014")]
    [InlineData("minDaysOfData: -1", "SMB0014")]
    [InlineData("minDaysOfData: often", "SMB0011")]
    public void Load_EvidenceMinimumOutOfRangeOrNotANumber_IsAnError(string field, string code)
    {
        var policy = Policy + "  defaults:\n    gates:\n      serverSigning: { " + field + " }\n";

        With(policy: policy).Codes().Should().Contain(code);
    }
}
