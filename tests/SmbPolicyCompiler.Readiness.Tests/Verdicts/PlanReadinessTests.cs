using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>The function <c>smbpol plan --events</c> calls: verdicts per ring and control, SMB1 clients per server host.</summary>
public sealed class PlanReadinessTests
{
    [Fact]
    public void Evaluate_KnownScenario_GivesVerdictsBlockingClientsAndSmb1ClientsByHostKey()
    {
        using var folder = new TempFolder();
        var log = KnownScenario.Log().Smb1("BFS2.corp.example.com", @"\\10.7.7.7", TestEstate.April(9)).Smb1("BFS2.corp.example.com", "10.1.1.3", TestEstate.April(9));
        folder.Write("audit.xml", WevtutilXmlWriter.Write(log.Events, XmlShape.EventData));

        var result = PlanReadiness.Evaluate(TestEstate.Policy, TestEstate.AsOf, [folder.Path]);

        result.InputComplete.Should().BeTrue();
        result.Verdicts.Select(v => $"{v.Ring}/{v.Control}:{v.State}").Should().Equal(
            "pilot/serverSigning:NotReady", "pilot/spnValidation:NotReady", "pilot/smb1Server:ThinEvidence", "pilot/clientSigning:NotReady",
            "broad/serverSigning:Ready", "broad/smb1Server:NotReady", "late/serverSigning:NotEnoughData");
        var signing = result.For("PILOT", "serverSigning")!;
        signing.BlockingClients.Should().Equal("10.1.1.2", "old-1", "ws-1");
        signing.Summary.Should().Be("not ready: 3 of 5 client(s) would break (40% ready): 10.1.1.2, old-1, ws-1");
        result.Smb1ClientsByServer.Should().BeEquivalentTo(new Dictionary<string, IReadOnlyList<string>>
        {
            ["pfs1"] = ["10.1.1.3"],
            ["bfs2"] = ["10.1.1.3", "10.7.7.7"],
        });
    }

    [Fact]
    public void Evaluate_UnreadableInput_IsNotFatalAndSaysSo()
    {
        using var folder = new TempFolder();
        folder.Write("garbage.evtx", [0x45, 0x6C, 0x66, 0x46, 0x69, 0x6C, 0x65, 0x00]);

        var result = PlanReadiness.Evaluate(TestEstate.Policy, TestEstate.AsOf, [folder.Path]);

        result.InputComplete.Should().BeFalse();
        result.InputProblems.Should().HaveCount(2);
        result.Verdicts.Should().OnlyContain(v => v.State == Verdict.NotEnoughData);
        result.Smb1ClientsByServer.Should().BeEmpty();
    }
}
