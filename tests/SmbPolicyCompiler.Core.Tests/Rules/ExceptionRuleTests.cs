using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Rules;

public class ExceptionRuleTests
{
    private static string Exception(string expires = "2027-01-31", string hosts = "[SRV1]", string control = "serverSigning", string stage = "audit", string extra = "") => $"""
        exceptions:
          - id: EXC-1
            hosts: {hosts}
            control: {control}
            stage: {stage}
            reason: Scanner cannot sign
            owner: print-team@example.com
            ticket: CHG-1
            expires: {expires}
        {extra}
        """;

    [Fact]
    public void Check_ValidException_IsCleanAndHoldsTheHostBack()
    {
        var compilation = With(exceptions: Exception());

        compilation.Diagnostics.Should().BeEmpty();
        var host = compilation.Resolved!.Host("srv1")!;
        host.Control("serverSigning")!.Stage.Name.Should().Be("audit");
        host.Control("serverSigning")!.ExceptionId.Should().Be("EXC-1");
        compilation.Resolved.Host("SRV2")!.Control("serverSigning")!.Stage.Name.Should().Be("enforce");
    }

    [Fact]
    public void Check_ExpiredException_ReportsSMB3001AtTheDate()
    {
        var d = With(exceptions: Exception(expires: "2026-11-20")).Single("SMB3001");

        d.Severity.Should().Be(Diagnostics.Severity.Error);
        d.Message.Should().Contain("expired on 2026-11-20 (today is 2026-11-21)");
        d.Location.Line.Should().Be(9);
    }

    [Fact]
    public void Check_ExceptionExpiringToday_IsNotExpired() =>
        With(exceptions: Exception(expires: "2026-11-21")).Codes().Should().NotContain("SMB3001").And.Contain("SMB3002");

    [Fact]
    public void Check_ExceptionExpiringWithin14Days_ReportsSMB3002Warning()
    {
        var d = With(exceptions: Exception(expires: "2026-12-01")).Single("SMB3002");

        d.Severity.Should().Be(Diagnostics.Severity.Warning);
        d.Message.Should().Contain("in 10 day(s)");
    }

    [Fact]
    public void Check_ExceptionExpiringIn15Days_ReportsNothing() =>
        With(exceptions: Exception(expires: "2026-12-06")).Codes().Should().NotContain("SMB3002");

    [Fact]
    public void Check_UnknownHost_ReportsSMB3003WithSuggestion() =>
        With(exceptions: Exception(hosts: "[SRV11]")).Single("SMB3003").Message.Should().Contain("host 'SRV11'").And.Contain("did you mean");

    [Fact]
    public void Check_StageTheControlDoesNotHave_ReportsSMB3003() =>
        With(exceptions: Exception(stage: "disabled")).Single("SMB3003").Message.Should().Contain("holds serverSigning at 'disabled', which is not a stage of serverSigning; use one of: off, audit, enforce");

    [Fact]
    public void Check_ExceptionNotBehindTheRing_ReportsSMB3004()
    {
        var d = With(exceptions: Exception(control: "clientSigning", hosts: "[WS1]")).Single("SMB3004");

        d.Message.Should().Contain("holds 'WS1' at 'audit', but its ring is already at 'audit'");
    }

    [Fact]
    public void Check_ExceptionLongerThanMaximum_ReportsSMB3005()
    {
        var policy = Policy + "  maxExceptionDays: 30\n";

        With(policy: policy, exceptions: Exception()).Single("SMB3005").Message.Should().Contain("runs 71 days; the policy allows at most 30");
    }

    [Fact]
    public void Check_ExceptionWithinMaximum_ReportsNothing() =>
        With(policy: Policy + "  maxExceptionDays: 90\n", exceptions: Exception()).Codes().Should().NotContain("SMB3005");

    [Fact]
    public void Check_CreatedAfterExpiry_ReportsSMB3006() =>
        With(exceptions: Exception().Replace("    ticket: CHG-1", "    ticket: CHG-1\n    created: 2027-03-01")).Single("SMB3006")
            .Message.Should().Contain("created on 2027-03-01, after it expires on 2027-01-31");
}
