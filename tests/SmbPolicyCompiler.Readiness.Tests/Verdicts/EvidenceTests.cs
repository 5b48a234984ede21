using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>
/// How much evidence a verdict rests on: the thin-evidence rule (minReportingPercent, minDaysOfData, defaults 50% and
/// 7 days), the burn-down (blocking clients per day, gaps where the ring sent nothing) and audit days that stop at enforce.
/// </summary>
public sealed class EvidenceTests
{
    private const string Bfs1 = "BFS1.corp.example.com";
    private const string Pfs1 = "PFS1.corp.example.com";
    private const string Pfs2 = "PFS2.corp.example.com";

    [Fact]
    public void Verdict_NothingBreaksButEventsOnTwoDays_IsThinEvidenceNotReady()
    {
        var log = new EventLog()
            .Signing(Pfs1, @"\\WS-1", April(1)).Signing(Pfs2, @"\\WS-2", April(2));

        var report = ReadinessRunner.Run(log);
        var c = report.Control("pilot", "spnValidation");

        c.Blocking.Should().BeEmpty();
        c.RingHostsWithEvents.Should().Be(2);
        c.Verdict.Should().Be(Verdict.ThinEvidence);
        c.Reasons.Should().Contain("events on only 2 day(s): the gate asks for at least 7 (minDaysOfData)");
        c.Summary.Should().Be("thin evidence: 0 of 2 client(s) would break (100% ready), but events on only 2 day(s)");
        report.AnyGatedNotReady.Should().BeTrue("a gated control on thin evidence is not ready");
    }

    [Fact]
    public void Verdict_NothingBreaksButOneOfThreeServersReported_IsThinEvidence()
    {
        var log = new EventLog();
        for (var day = 1; day <= 8; day++)
        {
            log.Signing(Pfs1, @"\\WS-1", April(day));
        }

        var c = ReadinessRunner.Run(log).Control("pilot", "spnValidation");

        c.DaysWithEvents.Should().Be(8);
        c.Verdict.Should().Be(Verdict.ThinEvidence);
        c.Reasons.Should().Contain("only 1 of 3 servers reported events: the gate asks for at least 50% (minReportingPercent)");
    }

    [Fact]
    public void Verdict_EnoughServersAndDays_IsReady()
    {
        var log = new EventLog();
        for (var day = 1; day <= 7; day++)
        {
            log.Signing(Pfs1, @"\\WS-1", April(day)).Signing(Pfs2, @"\\WS-2", April(day));
        }

        var c = ReadinessRunner.Run(log).Control("pilot", "spnValidation");

        c.Verdict.Should().Be(Verdict.Ready);
        c.Gate.EffectiveMinDaysOfData.Should().Be(7);
        c.Gate.EffectiveMinReportingPercent.Should().Be(50);
    }

    [Fact]
    public void BurnDown_CountsDistinctBlockingClientsPerDayAtTheRingsServersOnly_AndMarksDaysWithoutEvents()
    {
        var log = new EventLog()
            .Signing(Bfs1, @"\\WS-4", April(1))
            .Signing(Pfs1, @"\\WS-4", April(2))
            .Signing(Bfs1, @"\\WS-4", April(3)).Signing(Bfs1, @"\\WS-4", April(3, 10)).Signing(Bfs1, @"\\WS-5", April(3))
            .Smb1(Bfs1, "10.0.0.1", April(4));

        var c = ReadinessRunner.Run(log).Control("broad", "serverSigning");

        c.BurnDown.Select(d => (d.Day.Day, d.Blocking, d.Reported)).Should().Equal((1, 1, true), (2, 0, false), (3, 2, true), (4, 0, true));
    }

    [Fact]
    public void AuditDays_StopCountingAtEnforce()
    {
        var log = new EventLog().Signing(Pfs1, @"\\WS-1", April(1));

        var c = ReadinessRunner.Run(log).Control("pilot", "serverSigning");

        c.EnforcedSince.Should().Be(new DateOnly(2026, 3, 2));
        c.AuditDays.Should().Be(56, "2026-01-05 to 2026-03-02, not to the as-of date 2026-05-01 (116 days)");
        c.NextStage.Should().BeNull("enforce is serverSigning's last stage");
        ReadinessRunner.Run(log).Control("pilot", "spnValidation").NextStage.Should().NotBeNull();
    }
}
