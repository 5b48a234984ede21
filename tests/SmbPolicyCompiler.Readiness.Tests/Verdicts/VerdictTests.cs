using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>One test per verdict and per rule that decides it, against the test estate's gates.</summary>
public sealed class VerdictTests
{
    private const string Bfs1 = "BFS1.corp.example.com";

    [Fact]
    public void Verdict_BlockingWithinGate_IsReady()
    {
        var log = new EventLog()
            .Smb1(Bfs1, "10.0.0.1", April(1)).Smb1(Bfs1, "10.0.0.2", April(2)).Smb1(Bfs1, "10.0.0.3", April(3))
            .Signing(Bfs1, @"\\WS-4", April(4));

        var c = ReadinessRunner.Run(log).Control("broad", "serverSigning");

        c.Verdict.Should().Be(Verdict.Ready);
        c.Denominator.Should().Be(4);
        c.Blocking.Select(b => b.Client).Should().Equal("ws-4");
        c.PercentReady.Should().Be(75);
        c.Summary.Should().Be("ready: 1 of 4 client(s) would break (75% ready); 116 day(s) of audit");
    }

    [Fact]
    public void Verdict_MoreBlockingThanTheGateAllows_IsNotReadyAndNamesThem()
    {
        var log = new EventLog()
            .Signing(Bfs1, @"\\WS-1", April(1)).Signing(Bfs1, @"\\WS-2", April(1))
            .Smb1(Bfs1, "10.0.0.3", April(2)).Smb1(Bfs1, "10.0.0.4", April(2)).Smb1(Bfs1, "10.0.0.5", April(2)).Smb1(Bfs1, "10.0.0.6", April(2));

        var c = ReadinessRunner.Run(log).Control("broad", "serverSigning");

        c.Verdict.Should().Be(Verdict.NotReady);
        c.Reasons.Should().Equal("2 client(s) would break; the gate allows 1");
        c.Summary.Should().Be("not ready: 2 of 6 client(s) would break (66.6% ready): ws-1, ws-2");
    }

    [Fact]
    public void Verdict_TooFewClientsReady_IsNotReadyEvenWithinTheMaximum()
    {
        var log = new EventLog().Signing(Bfs1, @"\\WS-1", April(1)).Smb1(Bfs1, "10.0.0.2", April(1));

        var c = ReadinessRunner.Run(log).Control("broad", "serverSigning");

        c.Verdict.Should().Be(Verdict.NotReady);
        c.Reasons.Should().Equal("50% of 2 client(s) are ready; the gate asks for 60%");
    }

    [Fact]
    public void Verdict_FewerAuditDaysThanTheGate_IsNotEnoughDataWhateverTheEvents()
    {
        var log = new EventLog().Smb1("LFS1.corp.example.com", "10.0.0.1", April(25));

        var c = ReadinessRunner.Run(log).Control("late", "serverSigning");

        c.Verdict.Should().Be(Verdict.NotEnoughData);
        c.AuditSince.Should().Be(new DateOnly(2026, 4, 20));
        c.AuditDays.Should().Be(11);
        c.Reasons.Should().Equal("audited for 11 day(s) since 2026-04-20; the gate asks for 30");
        c.Blocking.Should().BeEmpty();
    }

    [Fact]
    public void Verdict_NoEventFromTheRingsServers_IsNotEnoughDataAndSaysSilenceIsNoEvidence()
    {
        var log = new EventLog().Signing("PFS1.corp.example.com", @"\\WS-1", April(1));

        var c = ReadinessRunner.Run(log).Control("broad", "serverSigning");

        c.Verdict.Should().Be(Verdict.NotEnoughData);
        c.RingHosts.Should().Be(2);
        c.RingHostsWithEvents.Should().Be(0);
        c.Reasons.Should().ContainSingle().Which.Should().Be(
            "no audit event came from the ring's 2 servers: audit events name only clients that would break, so silence from servers whose events were not exported is not evidence");
    }

    [Fact]
    public void Verdict_EventsAtAHostHeldBackByAnException_DoNotCountAndAreListedApart()
    {
        var log = new EventLog()
            .Signing("PFS3.corp.example.com", @"\\SCANNER-1", April(1)).Signing("PFS3.corp.example.com", @"\\SCANNER-1", April(2))
            .Smb1(Bfs1, "10.9.9.9", April(1))
            .Smb1("PFS1.corp.example.com", "10.0.0.1", April(3));

        var c = ReadinessRunner.Run(log).Control("pilot", "serverSigning");

        c.Verdict.Should().Be(Verdict.Ready);
        c.Blocking.Should().BeEmpty();
        c.Denominator.Should().Be(1, "only 10.0.0.1 was seen at the ring's servers outside the exception");
        c.RingHosts.Should().Be(2);
        c.HeldBack.Should().ContainSingle().Which.Should().BeEquivalentTo(new HeldBackHost("PFS3", "EXC-1", "audit", ["scanner-1"], 2));
    }

    [Fact]
    public void Verdict_BlockedOnlyBySmb1SigningEvents_SaysTheEvidenceIsLowConfidence()
    {
        var log = new EventLog()
            .Smb1Signing("PFS1.corp.example.com", @"\\OLD-1", April(1)).Smb1Signing("PFS1.corp.example.com", @"\\OLD-2", April(1))
            .Smb1("PFS1.corp.example.com", "10.0.0.1", April(2)).Smb1("PFS1.corp.example.com", "10.0.0.2", April(2)).Smb1("PFS1.corp.example.com", "10.0.0.3", April(2));

        var c = ReadinessRunner.Run(log).Control("pilot", "serverSigning");

        c.Verdict.Should().Be(Verdict.NotReady);
        c.LowConfidenceOnly.Should().BeTrue();
        c.Blocking.Should().OnlyContain(b => b.LowConfidenceOnly && b.EventIds == "3027");
        c.Summary.Should().EndWith("(blocked only by low-confidence evidence: 3027, an SMB1 client does not support signing (Microsoft: may give false positives and negatives))");
    }

    [Fact]
    public void Verdict_ClientWithBothSigningEvents_IsNotLowConfidence()
    {
        var log = new EventLog()
            .Smb1Signing("PFS1.corp.example.com", @"\\OLD-1", April(1)).Signing("PFS1.corp.example.com", @"\\OLD-1", April(1));

        var c = ReadinessRunner.Run(log).Control("pilot", "serverSigning");

        c.LowConfidenceOnly.Should().BeFalse();
        c.Blocking.Single().Evidence.Should().Equal(new KindCount(3021, 1), new KindCount(3027, 1));
        c.Summary.Should().NotContain("low-confidence");
    }

    [Fact]
    public void Verdict_ClientSideControl_ListsTheRingClientThatLoggedWithTheServerItCouldNotUse()
    {
        var log = new EventLog()
            .ServerCannotSign("PWS1.corp.example.com", @"\\NAS1.corp.example.com", April(1))
            .ServerCannotSign("PWS1.corp.example.com", @"\\NAS1.corp.example.com", April(2));

        var c = ReadinessRunner.Run(log).Control("pilot", "clientSigning");

        c.Direction.Should().Be(EvidenceDirection.RingClientsNameServers);
        c.Verdict.Should().Be(Verdict.NotReady);
        c.Denominator.Should().Be(2, "the ring's client hosts are PWS1 and PWS2");
        var blocking = c.Blocking.Should().ContainSingle().Subject;
        blocking.Client.Should().Be("pws1.corp.example.com");
        blocking.PolicyHost.Should().Be("PWS1");
        blocking.Servers.Should().Equal("nas1.corp.example.com");
        blocking.Events.Should().Be(2);
        c.Summary.Should().Be("not ready: 1 of 2 client(s) would break (50% ready): pws1.corp.example.com");
    }

    [Fact]
    public void Verdict_RingClientLoggingUnderTwoNames_IsOneBlockingClientWithAllItsEvents()
    {
        var log = new EventLog()
            .ServerCannotSign("PWS1.corp.example.com", @"\\NAS1", April(1))
            .ServerCannotSign("PWS1", @"\\NAS2", April(3));

        var c = ReadinessRunner.Run(log).Control("pilot", "clientSigning");

        var blocking = c.Blocking.Should().ContainSingle().Subject;
        blocking.PolicyHost.Should().Be("PWS1");
        blocking.Events.Should().Be(2);
        blocking.Servers.Should().Equal("nas1", "nas2");
        blocking.FirstSeen.Should().Be(April(1));
        blocking.LastSeen.Should().Be(April(3));
        c.ClientsSeen.Should().Be(1);
    }

    [Fact]
    public void Verdict_SpnEvents_BlockEpaAndCarryTheSpnsSent()
    {
        var log = new EventLog()
            .UnknownSpn("PFS2.corp.example.com", @"\\WS-7", April(1), "cifs/fs-alias.corp.example.com")
            .NoSpn("PFS2.corp.example.com", @"\\10.1.1.7:50123", April(1));

        var c = ReadinessRunner.Run(log).Control("pilot", "spnValidation");

        c.Verdict.Should().Be(Verdict.NotReady);
        c.Blocking.Select(b => (b.Client, b.EventIds)).Should().Equal(("10.1.1.7", "3024"), ("ws-7", "3025"));
        c.Blocking.Single(b => b.Client == "ws-7").Spns.Should().Equal("cifs/fs-alias.corp.example.com");
    }

    [Fact]
    public void Verdict_UngatedControl_GetsAVerdictButDoesNotDecideTheExitCode()
    {
        var log = new EventLog().Smb1(Bfs1, "10.0.0.1", April(1)).Smb1(Bfs1, "10.0.0.2", April(1));

        var report = ReadinessRunner.Run(log);

        var smb1 = report.Control("broad", "smb1Server");
        smb1.Gate.IsGated.Should().BeFalse();
        smb1.Verdict.Should().Be(Verdict.NotReady, "at most 0 clients may break when the gate does not say");
        report.Controls.Where(c => c.Gate.IsGated && c.Ring == "broad").Should().OnlyContain(c => c.Verdict == Verdict.Ready);
    }

    [Fact]
    public void Report_OnlyControlsAtAuditOrBeyondWithEvidence_AreJudged()
    {
        var report = ReadinessRunner.Run(new EventLog());

        report.Controls.Select(c => $"{c.Ring}/{c.Control}").Should().Equal(
            "pilot/serverSigning", "pilot/spnValidation", "pilot/smb1Server", "pilot/clientSigning", "broad/serverSigning", "broad/smb1Server", "late/serverSigning");
        report.AnyGatedNotReady.Should().BeTrue("nothing was read, so every gated control lacks data");
        report.Input.Complete.Should().BeFalse();
        report.Input.Problems.Should().Contain("no SMB audit event was read; every verdict lacks data");
    }
}
