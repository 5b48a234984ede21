using System.Text;
using NJsonSchema;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Aggregate;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

public sealed class AggregateReaderTests
{
    private const string Header = "Server,Client,EventId,Day,Count,FirstSeen,LastSeen,Users,Spns\n";

    [Fact]
    public void Csv_BadRows_AreReportedWithTheirLineAndTheGoodRowsCount()
    {
        var report = Run(Header +
            "PFS1.corp.example.com,nas-01,3021,2026-04-10,4,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,,\n" +
            "PFS1.corp.example.com,nas-01,3021,2026-04-10,many,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,,\n" +
            "PFS1.corp.example.com,nas-01,3021,2026-04-10,2,2026-04-11T08:00:00Z,2026-04-11T09:00:00Z,,\n" +
            "PFS1.corp.example.com,nas-01,3021,2026-04-10,2,2026-04-10T08:00:00,2026-04-10T09:00:00Z,,\n" +
            "PFS1.corp.example.com,nas-01,4242,2026-04-10,7,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,,\n" +
            "PFS2,,3000,2026-04-10,3,2026-04-10T08:00:00+02:00,2026-04-10T09:00:00+02:00,,\n");

        report.Input.Events.Should().Be(7);
        report.Input.EventsWithoutClient.Should().Be(3);
        var read = report.Input.Read;
        read.MalformedRecords.Should().Be(3);
        read.UnknownEvents.Should().ContainSingle().Which.Should().Be(new EventCount(string.Empty, 4242, 7));
        read.Problems.Where(p => p.Kind == ReadProblemKind.MalformedRecord).Select(p => (p.Line, p.Message)).Should().SatisfyRespectively(
            p => p.Should().Be((3L, "aggregate row skipped: Count 'many' is not a whole number of 1 or more.")),
            p => p.Line.Should().Be(4),
            p => p.Message.Should().Contain("FirstSeen '2026-04-10T08:00:00' is not an ISO 8601 time with Z or an offset"));
        report.Input.Problems.Should().Contain(p => p.Contains("3 record(s) could not be read", StringComparison.Ordinal));
        read.Files.Should().ContainSingle().Which.Should().Match<FileReadSummary>(f => f.Format == EventInputFormat.ReadinessAggregate && f.Records == 6 && f.MalformedRecords == 3);
    }

    [Fact]
    public void Csv_WithoutARequiredColumn_IsNotReadAndSaysWhichIsMissing()
    {
        var report = Run("Server,Client,EventId,Day,Count,FirstSeen\nPFS1,nas-01,3021,2026-04-10,4,2026-04-10T08:00:00Z\n");

        report.Input.Events.Should().Be(0);
        report.Input.Read.Problems.Should().Contain(p => p.Kind == ReadProblemKind.NotAnEventFile && p.Message.Contains("lacks LastSeen", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_AsJsonTextOrOnePerLine_GiveTheClientsUsersAndSpns()
    {
        var report = Run(Header +
            "PFS1,\\\\NAS-01,3021,2026-04-10,2,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,\"[\"\"CORP\\\\b\"\",\"\"CORP\\\\a\"\"]\",\n" +
            "PFS1,nas-01,3025,2026-04-10,1,2026-04-10T08:00:00Z,2026-04-10T08:00:00Z,,\"cifs/x.corp\ncifs/y.corp\"\n");

        var client = report.Clients.Should().ContainSingle().Subject;
        client.Name.Should().Be("nas-01");
        client.Users.Should().Equal("CORP\\a", "CORP\\b");
        client.Spns.Should().Equal("cifs/x.corp", "cifs/y.corp");
    }

    [Fact]
    public void EventReader_GivenAnAggregate_SaysItIsNotEventsButReadinessReadsIt()
    {
        var (events, read) = Reading.Audit(Header + "PFS1,nas-01,3021,2026-04-10,4,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,,\n", name: "agg.csv");

        events.Should().BeEmpty();
        read.Problems.Should().ContainSingle(p => p.Kind == ReadProblemKind.NotAnEventFile).Which.Message.Should().Contain("readiness aggregate");
    }

    /// <summary>
    /// `az monitor log-analytics query` (docs/siem.md's way past the portal's row cap) prints a JSON array of objects
    /// with every value as text, dynamic columns as JSON text, and a TableName property: read like the CSV export.
    /// </summary>
    [Fact]
    public void AzureCliJson_TextValuesAndTableName_ReadLikeTheCsvExport()
    {
        const string Json = """
            [
              {
                "Client": "\\\\NAS-01", "Count": "2", "Day": "2026-04-10", "EventId": "3021",
                "FirstSeen": "2026-04-10T08:00:00Z", "LastSeen": "2026-04-10T09:00:00Z", "Group": "file-servers", "Ring": "pilot",
                "Server": "PFS1", "Spns": "[]", "TableName": "PrimaryResult", "Users": "[\"CORP\\\\b\",\"CORP\\\\a\"]"
              },
              {
                "Client": "nas-01", "Count": "1", "Day": "2026-04-10", "EventId": "3025",
                "FirstSeen": "2026-04-10T08:00:00Z", "LastSeen": "2026-04-10T08:00:00Z", "Group": "file-servers", "Ring": "pilot",
                "Server": "PFS1", "Spns": "[\"cifs/x.corp\",\"cifs/y.corp\"]", "TableName": "PrimaryResult", "Users": "[]"
              }
            ]
            """;
        using var folder = new TempFolder("smbpol-aggregate");
        var fromCli = ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [folder.Write("aggregate.json", Json)]);
        var fromCsv = Run(Header +
            "PFS1,\\\\NAS-01,3021,2026-04-10,2,2026-04-10T08:00:00Z,2026-04-10T09:00:00Z,\"[\"\"CORP\\\\b\"\",\"\"CORP\\\\a\"\"]\",\n" +
            "PFS1,nas-01,3025,2026-04-10,1,2026-04-10T08:00:00Z,2026-04-10T08:00:00Z,,\"cifs/x.corp\ncifs/y.corp\"\n");

        fromCli.Input.Read.MalformedRecords.Should().Be(0);
        fromCli.Input.Events.Should().Be(3);
        var client = fromCli.Clients.Should().ContainSingle().Subject;
        client.Name.Should().Be("nas-01");
        client.Users.Should().Equal("CORP\\a", "CORP\\b");
        client.Spns.Should().Equal("cifs/x.corp", "cifs/y.corp");
        fromCli.Clients.Should().BeEquivalentTo(fromCsv.Clients);
        fromCli.Rings.Should().BeEquivalentTo(fromCsv.Rings);
    }

    [Theory]
    [InlineData("[{\"Server\":\"PFS1\",\"Client\":\"nas-01\",\"EventId\":3021,\"Day\":\"2026-04-10\",\"Count\":1}]")]
    [InlineData("{\"preview\":false,\"result\":{\"Client\":\"nas-01\",\"Count\":\"1\",\"Day\":\"2026-04-10\"}}\n")]
    [InlineData("Client;Server;EventId;Day;Count;FirstSeen;LastSeen\n")]
    public void FormatSniffer_RecognisesAggregates(string head)
    {
        using var input = InputOpener.Open(new MemoryStream(Encoding.UTF8.GetBytes(head)), EventInputFormat.Auto);

        input.Format.Should().Be(EventInputFormat.ReadinessAggregate);
    }

    [Fact]
    public async Task Schema_AcceptsTheRowsAndNamesTheColumnsTheReaderKnows()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "readiness-aggregate.schema.json"));
        var rows = IndependentAggregate.Of(RandomEstateLog.Build(seed: 7, events: 200).Events);
        foreach (var line in IndependentAggregate.Ndjson(rows, splunk: false).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            schema.Validate(line).Should().BeEmpty(line);
        }

        schema.Properties.Keys.Should().Equal(Enum.GetNames<AggregateColumn>());
        schema.RequiredProperties.Should().Equal(AggregateColumns.Required.Select(AggregateColumns.NameOf));
        schema.Validate("{\"Server\":\"a\",\"Client\":\"b\",\"EventId\":3021,\"Day\":\"2026-04-10\",\"Count\":0,\"FirstSeen\":\"x\",\"LastSeen\":\"2026-04-10T08:00:00Z\"}").Should().NotBeEmpty();
    }

    private static ReadinessReport Run(string csv)
    {
        using var folder = new TempFolder("smbpol-aggregate");
        var path = folder.Write("aggregate.csv", csv);
        return ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [path]);
    }
}
