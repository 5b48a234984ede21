using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Plan.Diff;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Sources;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>plan --events: audit events exported from the ring's servers turn into readiness risks.</summary>
public sealed class PlanEvidenceTests : IDisposable
{
    private readonly TempFolder _events = new("smbpol-plan-events");

    private static string Event(int id, int version, long record, string computer, string time, string data) => $$"""
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SMBServer" Guid="{d48ce617-33a2-4bc3-a5c7-11aa4f29619e}"/><EventID>{{id}}</EventID><Version>{{version}}</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x0</Keywords><TimeCreated SystemTime="{{time}}"/><EventRecordID>{{record}}</EventRecordID><Channel>Microsoft-Windows-SMBServer/Audit</Channel><Computer>{{computer}}</Computer></System><EventData>{{data}}</EventData></Event>

        """;

    private string WriteExport()
    {
        var xml = Event(3021, 1, 101, "FS-CHI-02.corp.contoso.com", "2026-11-10T08:00:00.0000000Z",
                      """<Data Name="ClientNameLength">12</Data><Data Name="ClientName">\\scanner-07</Data><Data Name="UserNameLength">8</Data><Data Name="UserName">CORP\svc</Data><Data Name="ServerRequiresSigning">false</Data>""")
                  + Event(3000, 0, 102, "FS-CHI-02.corp.contoso.com", "2026-11-11T09:30:00.0000000Z", """<Data Name="ClientName">10.20.0.15</Data>""");
        return _events.Write("fs-chi-02.xml", xml);
    }

    [Fact]
    public void Plan_WithEvents_FlagsTheNotReadyRingAndTheSmb1ClientsByName()
    {
        var head = PolicyLoader.Load(Path.Combine(PlanCases.Root, "promote-broad-signing", "head"), PlanCases.AsOf).Resolved!;
        var before = PolicyLoader.Load(Path.Combine(PlanCases.Root, "promote-broad-signing", "base"), PlanCases.AsOf).Resolved!;

        var evidence = PlanEvidence.Read(head, PlanCases.AsOf, [WriteExport()]);
        var plan = PlanBuilder.Build(before, head, "base", "head", PlanCases.AsOf, evidence, compareArtifacts: false);

        plan.ReadinessConsidered.Should().BeTrue();
        plan.ReadinessProblems.Should().BeEmpty();
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.NotReady && r.Ring == "broad" && r.Control == "serverSigning" && r.Clients.Contains("scanner-07"));
        plan.Risks.Should().Contain(r => r.Kind == RiskKind.Smb1ClientsSeen && r.Clients.Contains("10.20.0.15"));
    }

    [Fact]
    public void Read_NoEventFiles_IsAPlanInputError()
    {
        var head = PolicyLoader.Load(Path.Combine(PlanCases.Root, "no-change", "head"), PlanCases.AsOf).Resolved!;

        var act = () => PlanEvidence.Read(head, PlanCases.AsOf, [_events.Combine("missing")]);

        act.Should().Throw<PlanInputException>().WithMessage("--events:*");
    }

    public void Dispose() => _events.Dispose();
}
