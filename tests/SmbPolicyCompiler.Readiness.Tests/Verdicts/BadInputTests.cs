using System.Text;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>Bad input through the whole readiness run: counted, listed, never fatal, and the report says it is incomplete.</summary>
public sealed class BadInputTests
{
    private static readonly string Corpus = RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Corpus", "EricZimmerman-evtx-maps");

    [Fact]
    public void Run_CorpusSamples_ReportsTheUnknownServerAndTheTwoBrokenSamples()
    {
        var report = ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [Corpus]);

        report.Input.Events.Should().Be(1);
        report.Clients.Should().ContainSingle().Which.Should().Match<ClientSummary>(c => c.Name == "10.11.12.13" && c.Events == 1);
        report.Computers.Should().ContainSingle().Which.Should().Match<ComputerSummary>(c => c.Name == "hostname.domain" && !c.Known);
        report.Input.Complete.Should().BeFalse();
        report.Input.Problems.Should().HaveCount(3);
        report.Input.Problems[0].Should().StartWith("1 file(s) are not event exports").And.EndWith("PROVENANCE.md");
        report.Input.Problems[1].Should().StartWith("8 file(s) hold no SMB audit events, only other channels (export Microsoft-Windows-SMBServer/Audit): ");
        report.Input.Problems[2].Should().Be("2 record(s) could not be read and were skipped (see the problems below)");
        report.Input.Cautions.Should().Contain("8 event time(s) had no UTC offset and were read in the assumed time zone (--time-zone)")
            .And.Contain("1 event(s) came from 1 computer(s) the policy does not name; they count for no ring (see the computers list)");
        report.Controls.Should().OnlyContain(c => c.Verdict == Verdict.NotEnoughData);
    }

    [Fact]
    public void Run_GarbageTruncatedAndForeignFiles_KeepsTheGoodEventsAndListsEveryProblem()
    {
        using var folder = new TempFolder();
        var good = KnownScenario.Log().Events;
        folder.Write("good.xml", WevtutilXmlWriter.Write(good.Take(7), XmlShape.EventData));
        var truncated = WevtutilXmlWriter.Write(good.Skip(7), XmlShape.UserData);
        folder.Write("truncated.xml", truncated[..(truncated.Length - 40)]);
        folder.Write("garbage.bin", [0x4D, 0x5A, 0x90, 0x00, 0xFF, 0xFE, 0x00, 0x01]);
        folder.Write("security.xml", WevtutilXmlWriter.Write([AuditFixtures.Operational], XmlShape.UserData));

        var report = ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [folder.Path]);

        report.Input.Events.Should().Be(13, "the last event of truncated.xml is cut off");
        report.Input.Read.MalformedRecords.Should().Be(1);
        report.Input.Complete.Should().BeFalse();
        report.Input.Problems.Should().HaveCount(3);
        report.Input.Problems[0].Should().StartWith("1 file(s) are not event exports").And.Contain("garbage.bin");
        report.Input.Problems[1].Should().StartWith("1 file(s) hold no SMB audit events").And.Contain("security.xml");
        report.Input.Problems[2].Should().Be("1 record(s) could not be read and were skipped (see the problems below)");
        report.Input.Read.Problems.Should().Contain(p => p.File.EndsWith("truncated.xml") && p.Line > 0);
    }

    [Fact]
    public void Run_EventsWithoutClientOrComputer_AreCountedAsProblems()
    {
        const string csv = "Id,MachineName,ClientName,TimeCreated\r\n3021,BFS1,,2026-04-01T10:00:00Z\r\n3021,,10.0.0.1,2026-04-01T10:00:00Z\r\n3021,BFS1,10.0.0.2,2026-04-01T10:00:00Z\r\n";

        var report = ReadinessRunner.Run([("events.csv", Encoding.UTF8.GetBytes(csv))]);

        report.Input.EventsWithoutClient.Should().Be(1);
        report.Input.EventsWithoutComputer.Should().Be(1);
        report.Input.Problems.Should().Equal(
            "1 audit event(s) carried no event data (ConvertTo-Json needs -Depth 3; Export-Csv keeps data only in Message)",
            "1 audit event(s) named no usable client; they count for their computer, for no client",
            "1 audit event(s) did not record the computer that logged them; they count for no ring");
        report.Clients.Select(c => c.Name).Should().Equal("10.0.0.1", "10.0.0.2");
        report.Control("broad", "serverSigning").Blocking.Select(b => b.Client).Should().Equal("10.0.0.2");
    }

    [Fact]
    public void Run_HostileUserNamesOnEveryEvent_KeepsAtMostFiftyPerClient()
    {
        var log = new EventLog();
        for (var i = 0; i < 500; i++)
        {
            log.Signing("BFS1.corp.example.com", @"\\WS-1", TestEstate.April(1, 8, i % 60), user: $"CONTOSO\\user{i}" + new string('x', 1000));
        }

        var client = ReadinessRunner.Run(log).Clients.Single();

        client.Events.Should().Be(500);
        client.Users.Should().HaveCount(50).And.OnlyContain(u => u.Length == 257);
        client.MoreUsers.Should().BeTrue();
    }

    [Fact]
    public void Run_ManyEventsOverFewClients_KeepsOneTallyPerClientServerAndDay()
    {
        var log = new EventLog();
        string[] clients = [@"\\WS-1", @"\\WS-2", @"\\10.0.0.3", @"\\WS-4"];
        for (var i = 0; i < 4000; i++)
        {
            var server = i % 2 == 0 ? "BFS1.corp.example.com" : "BFS2.corp.example.com";
            log.Signing(server, clients[(i / 2) % 4], TestEstate.April(1 + (i % 3), 8, i % 60));
        }

        var report = ReadinessRunner.Run(log);

        report.Input.Events.Should().Be(4000);
        report.Clients.Should().HaveCount(4);
        report.Clients.Should().OnlyContain(c => c.Servers.Count <= 2 && c.ByDay.Count <= 3);
        report.Clients.Sum(c => c.Events).Should().Be(4000);
    }
}
