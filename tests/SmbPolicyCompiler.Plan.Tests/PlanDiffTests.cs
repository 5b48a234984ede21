using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Output;

namespace SmbPolicyCompiler.Plan.Tests;

public class PlanDiffTests
{
    [Fact]
    public void Plan_NoChange_IsEmptyAndRiskFree()
    {
        var plan = PlanCases.Build("no-change");

        plan.StageChanges.Should().BeEmpty();
        plan.MembershipChanges.Should().BeEmpty();
        plan.HasRisks.Should().BeFalse();
        plan.ExceptionChanges.Should().ContainSingle(e => e.Kind == ExceptionChangeKind.Expiring && e.Id == "EXC-2026-007");
    }

    [Fact]
    public void Plan_PromoteBroadSigning_ListsTheServersThatMoveToEnforce()
    {
        var plan = PlanCases.Build("promote-broad-signing");

        var signing = plan.StageChanges.Single(c => c.Control == "serverSigning");
        signing.Should().BeEquivalentTo(new { Ring = "broad", FromStage = "audit", ToStage = "enforce", ToEnforce = true, Direction = ChangeDirection.Promote });
        signing.Hosts.Should().HaveCount(15).And.Contain(["FS-CHI-01", "APP-PAR-04", "nas-chi-01"]);
        signing.Groups.Should().Equal("app-servers", "fs-chicago", "nas-appliances");
        signing.OrganizationalUnits.Should().Contain("OU=File Servers,OU=Chicago,OU=Servers,DC=corp,DC=contoso,DC=com");
        plan.StageChanges.Single(c => c.Control == "smb1Server").ToStage.Should().Be("disabled");
        plan.HasRisks.Should().BeFalse();
    }

    [Fact]
    public void Plan_RiskyPromotions_FlagsSkippedAuditAndTooFewAuditDays()
    {
        var plan = PlanCases.Build("risky-promotions");

        plan.Risks.Should().Contain(r => r.Kind == RiskKind.SkipsAudit && r.Control == "serverEncryption" && r.Ring == "broad");
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.SkipsAudit && r.Control == "spnValidation");
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.EnforceBeforeMinimumAuditDays && r.Control == "spnValidation" && r.Message.Contains("after 11 day(s)"));
    }

    [Fact]
    public void Plan_ExceptionsChanged_ReportsExtensionPastMaximumAndAddition()
    {
        var plan = PlanCases.Build("exceptions-changed");

        plan.ExceptionChanges.Should().Contain(e => e.Kind == ExceptionChangeKind.Extended && e.Id == "EXC-2026-007"
            && e.OldExpires == new DateOnly(2026, 12, 3) && e.NewExpires == new DateOnly(2027, 6, 1));
        plan.ExceptionChanges.Should().Contain(e => e.Kind == ExceptionChangeKind.Added && e.Id == "EXC-2026-019");
        plan.Risks.Should().ContainSingle(r => r.Kind == RiskKind.ExceptionPastMaximum).Which.Message.Should().Contain("239 days, past the policy's maximum of 120");
        plan.StageChanges.Should().ContainSingle(c => c.Control == "smb1Server" && c.FromStage == "disabled" && c.ToStage == "audit" && c.Direction == ChangeDirection.Demote)
            .Which.Hosts.Should().Equal("PRN-CHI-01", "PRN-PAR-01");
    }

    [Fact]
    public void Plan_GroupMoved_ReportsTheMoveAndTheHostsThatLoseEnforcement()
    {
        var plan = PlanCases.Build("group-moved");

        plan.MembershipChanges.Should().Contain(m => m.Kind == MembershipChangeKind.GroupMoved && m.Name == "print-servers" && m.FromRing == "early" && m.ToRing == "broad");
        plan.MembershipChanges.Should().Contain(m => m.Kind == MembershipChangeKind.HostAdded && m.Name == "PRN-LYO-01");
        var demotion = plan.StageChanges.Single(c => c.Ring == "broad" && c.Control == "serverSigning" && c.FromStage == "enforce");
        demotion.Direction.Should().Be(ChangeDirection.Demote);
        demotion.Hosts.Should().Equal("PRN-CHI-01", "PRN-PAR-01");
    }

    [Fact]
    public void Plan_NotReadyEvidence_BecomesARiskNamingTheClients()
    {
        var readiness = new ReadinessEvidence(
            [new RingReadiness("broad", "serverSigning", ReadinessState.NotReady, ["scanner-07", "10.20.0.15"], "2 client(s) would break")],
            new Dictionary<string, IReadOnlyList<string>> { ["fs-chi-02"] = ["oldnas"] });

        var plan = PlanCases.Build("promote-broad-signing", readiness);

        plan.ReadinessConsidered.Should().BeTrue();
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.NotReady && r.Clients.SequenceEqual(new[] { "scanner-07", "10.20.0.15" }));
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.Smb1ClientsSeen && r.Clients.SequenceEqual(new[] { "oldnas" }));
    }

    [Fact]
    public void Plan_NewHostInARingPromotedToEnforce_IsListedApartAndFlaggedAsSkippingAudit()
    {
        var plan = PlanCases.Build("new-host-skips-audit");

        plan.StageChanges.Single(c => c.Control == "serverSigning" && c.FromStage == "audit").Hosts.Should().HaveCount(15).And.NotContain("FS-CHI-09");
        plan.StageChanges.Should().ContainSingle(c => c.Control == "serverSigning" && c.FromStage == "off" && c.ToStage == "enforce")
            .Which.Hosts.Should().Equal("FS-CHI-09");
        plan.Risks.Should().ContainSingle(r => r.Kind == RiskKind.SkipsAudit && r.Control == "serverSigning")
            .Which.Message.Should().Contain("FS-CHI-09");
        plan.Risks.Should().ContainSingle(r => r.Kind == RiskKind.SkipsAudit && r.Control == "smb1Server")
            .Which.Message.Should().Contain("FS-CHI-09");
    }

    [Fact]
    public void Plan_HostsMovedBetweenGroups_AreReportedAsMoves()
    {
        var plan = PlanCases.Build("hosts-moved");

        plan.MembershipChanges.Select(m => PlanText.Describe(m, s => s)).Should().BeEquivalentTo(
            "host FS-PAR-03 moved from group fs-paris (ring early) to fs-chicago (ring broad)",
            "host PRN-PAR-01 moved from group print-servers (ring early) to lab-servers (ring pilot)");
    }
}
