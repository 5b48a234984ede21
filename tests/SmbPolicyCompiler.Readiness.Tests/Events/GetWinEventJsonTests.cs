using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class GetWinEventJsonTests
{
    [Theory]
    [InlineData(false, "utf16le")]
    [InlineData(false, "utf8bom")]
    [InlineData(true, "utf8")]
    [InlineData(true, "utf16be")]
    public void Read_PowerShell51And7_MapPositionalPropertiesThroughTheTemplatesWithLengthSlots(bool powerShell7, string encoding)
    {
        var json = GetWinEventJsonWriter.Write([.. AuditFixtures.All], powerShell7);

        var (events, report) = Reading.Audit(Exports.Encode(json, encoding));

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        events.Should().OnlyContain(e => !e.TimeLacksOffset && !e.FieldsFromMessage);
        report.Problems.Should().BeEmpty();
        report.Files.Single().Format.Should().Be(EventInputFormat.GetWinEventJson);
        report.UnknownEvents.Should().ContainSingle().Which.EventId.Should().Be(3002);
        report.OtherChannelEvents.Should().ContainSingle().Which.EventId.Should().Be(1020);
    }

    [Fact]
    public void Read_SingleObject_IsOneEvent()
    {
        var json = GetWinEventJsonWriter.Write([AuditFixtures.Audit[2]], powerShell7: false, singleObject: true);

        var (events, _) = Reading.Audit(json);

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected()[2]);
    }

    [Fact]
    public void Read_PropertiesTruncatedByDefaultDepth_FallsBackToTheMessageLabelsAndSaysSo()
    {
        var json = GetWinEventJsonWriter.Write([.. AuditFixtures.Audit], powerShell7: false, truncatedProperties: true);

        var (events, report) = Reading.Audit(json);

        events.Should().HaveCount(11).And.OnlyContain(e => e.FieldsFromMessage && !e.DataMissing);
        events.Select(e => e.Client?.Value).Should().Equal(TypedView.Expected().Select(v => v.Client));
        events.Single(e => e.Version == 1).UserName.Should().Be(@"CONTOSO\alice");
        events.Should().OnlyContain(e => e.ServerRequiresSigning == null, "booleans are not in the message labels");
        report.FieldsFromMessage.Should().Be(11);
    }

    [Fact]
    public void Read_PropertiesTruncatedAndMessageInAnotherLanguage_ReportsTheEventAsLackingData()
    {
        var json = GetWinEventJsonWriter.Write([AuditFixtures.Audit[1]], powerShell7: false, truncatedProperties: true)
            .Replace("Client Name:", "Clientname:", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(json);

        events.Should().ContainSingle().Which.Should().Match<SmbAuditEvent>(e => e.DataMissing && e.Client == null && e.Server!.Value == "fs01.contoso.com");
        report.DataMissing.Should().Be(1);
        report.NoClientName.Should().Be(1);
    }

    [Fact]
    public void Read_PropertiesCountMatchingNoTemplate_LeavesTheFieldsUnnamed()
    {
        var json = GetWinEventJsonWriter.Write([AuditFixtures.Audit[1] with { Fields = [.. AuditFixtures.Audit[1].Fields.Take(2)] }], powerShell7: true);

        var (events, report) = Reading.Audit(json);

        events.Single().Client.Should().BeNull("two values fit no 3021 template, so no position is trusted");
        events.Single().Raw.Fields["param2"].Should().Be(@"\\10.1.10.20");
        report.NoClientName.Should().Be(1);
    }

    [Fact]
    public void Read_ArrayTruncatedInTheMiddleOfAnObject_KeepsTheObjectsBeforeIt()
    {
        var json = GetWinEventJsonWriter.Write([.. AuditFixtures.Audit], powerShell7: true);
        var cut = json[..json.IndexOf("\"Id\": 3024", StringComparison.Ordinal)];

        var (events, report) = Reading.Audit(cut);

        var sixthObjectLine = cut[..cut.LastIndexOf('{')].Count(c => c == '\n') + 1;
        events.Should().HaveCount(5);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.TruncatedFile && p.Line == sixthObjectLine && p.Message.Contains("5 complete records"));
    }

    [Fact]
    public void Read_InvalidJsonInsideTheArray_StopsTheFileAfterTheGoodObjects()
    {
        var json = GetWinEventJsonWriter.Write([.. AuditFixtures.Audit.Take(3)], powerShell7: true)
            .Replace("\"RecordId\": 103", "\"RecordId\": 1O3", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(json);

        events.Should().HaveCount(2);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Message.Contains("rest of the array cannot be read"));
    }

    [Fact]
    public void Read_ArrayFarLargerThanTheRecordLimit_IsStreamedObjectByObject()
    {
        var events = Enumerable.Range(0, 20_000).Select(i => AuditFixtures.Audit[i % 11] with { RecordId = 1000 + i }).ToList();
        var bytes = Encoding.UTF8.GetBytes(GetWinEventJsonWriter.Write(events, powerShell7: false));
        var options = new EventReadOptions { MaxRecordSize = 64 * 1024 };

        var (read, report) = Reading.Audit(bytes, options);

        bytes.Length.Should().BeGreaterThan(200 * options.MaxRecordSize);
        read.Should().HaveCount(20_000);
        report.Problems.Should().BeEmpty();
    }
}
