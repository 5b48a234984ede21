using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class WinlogbeatNdjsonTests
{
    [Theory]
    [InlineData(false, XmlShape.EventData, false)]
    [InlineData(false, XmlShape.UserData, false)]
    [InlineData(true, XmlShape.EventData, false)]
    [InlineData(true, XmlShape.UserData, false)]
    [InlineData(false, XmlShape.EventData, true)]
    public void Read_NestedOrDottedEventDataOrUserData_GivesTheTypedEvents(bool dotted, XmlShape shape, bool elasticHit)
    {
        var ndjson = WinlogbeatWriter.Write(AuditFixtures.All, dotted, shape, elasticHit);

        var (events, report) = Reading.Audit(ndjson);

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        events.Should().OnlyContain(e => e.Computer!.Value != "wec-collector01", "host.name is the collector, not the logging machine");
        report.Problems.Should().BeEmpty();
        report.Files.Single().Format.Should().Be(EventInputFormat.WinlogbeatNdjson);
        report.RecordsRead.Should().Be(13);
    }

    [Fact]
    public void Read_UserDataXmlName_IsNotAField()
    {
        var ndjson = WinlogbeatWriter.Write(AuditFixtures.Audit.Take(1), dotted: false, XmlShape.UserData);

        var (records, _) = Reading.All(ndjson);

        records.Single().Fields.Should().NotContain(f => f.Key == "xml_name");
    }

    [Fact]
    public void Read_BrokenLine_IsSkippedAndReportedWithItsLine()
    {
        var lines = WinlogbeatWriter.Write(AuditFixtures.Audit, dotted: false).Split('\n');
        lines[3] = lines[3].Replace("\"winlog\":", "\"winlog\"", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines));

        events.Should().HaveCount(10);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p => p.Kind == ReadProblemKind.MalformedRecord && p.Line == 4);
    }

    [Fact]
    public void Read_LastLineCutOff_KeepsTheOthersAndReportsTruncation()
    {
        var text = WinlogbeatWriter.Write(AuditFixtures.Audit, dotted: true).TrimEnd('\n');
        text = text[..^30];

        var (events, report) = Reading.Audit(text);

        events.Should().HaveCount(10);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p => p.Kind == ReadProblemKind.TruncatedFile && p.Line == 11);
    }

    [Fact]
    public void Read_TimesAndNumbers_TimestampWinsAndNothingCarriesToTheNextLine()
    {
        const string ndjson = """
            {"@timestamp":"2025-10-01T08:00:00Z","winlog":{"event_id":3000,"channel":"Microsoft-Windows-SMBServer/Audit","time_created":"2025-10-02T09:00:00Z","record_id":7,"version":2,"level":"warning"}}
            {"winlog":{"event_id":3000,"channel":"Microsoft-Windows-SMBServer/Audit","time_created":"2025-10-03T10:00:00Z","record_id":8}}
            {"winlog":{"event_id":3000,"channel":"Microsoft-Windows-SMBServer/Audit"}}
            {"TimeCreated":"2025-10-04T11:00:00Z","@timestamp":"2025-10-05T12:00:00Z","winlog":{"event_id":3000,"channel":"Microsoft-Windows-SMBServer/Audit"}}

            """;

        var (records, report) = Reading.All(ndjson);

        report.Problems.Should().BeEmpty();
        records.Select(r => r.TimeUtc).Should().Equal(
            new DateTime(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc), new DateTime(2025, 10, 3, 10, 0, 0, DateTimeKind.Utc), null,
            new DateTime(2025, 10, 4, 11, 0, 0, DateTimeKind.Utc));
        records.Select(r => r.RecordId).Should().Equal(7L, 8L, null, null);
        records.Select(r => r.Version).Should().Equal(2, null, null, null);
        records.Select(r => r.Level).Should().Equal(3, null, null, null);
    }

    [Fact]
    public void Read_ObjectWithoutEventId_IsMalformed()
    {
        var (records, report) = Reading.All("{\"@timestamp\":\"2025-10-01T08:00:00Z\",\"winlog\":{\"channel\":\"x\"}}\n");

        records.Should().BeEmpty();
        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("neither Id (Get-WinEvent) nor winlog.event_id");
    }

    [Fact]
    public void Read_LineCutShort_IsSkippedAloneAndTheNextLineIsRead()
    {
        var lines = WinlogbeatWriter.Write(AuditFixtures.Audit.Take(3), dotted: false).Split('\n');
        lines[0] = lines[0][..(lines[0].Length / 2)];

        var (events, report) = Reading.Audit(string.Join('\n', lines));

        events.Should().HaveCount(2, "one object per line: a broken line does not take the next one with it");
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p => p.Line == 1 && p.Message.StartsWith("record 1 skipped: the line is not valid JSON"));
    }
}
