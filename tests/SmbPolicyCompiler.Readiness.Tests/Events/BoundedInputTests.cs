using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>Garbage inside an export and oversized values are bounded and reported, never fatal.</summary>
public sealed class BoundedInputTests
{
    [Fact]
    public void Read_BinaryGarbageBetweenEvents_IsReportedOnceAndTheEventsAroundItAreRead()
    {
        var lines = WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData, newLine: "\n").Split('\n');
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines[..5]) + "\n"));
        bytes.AddRange([0x00, 0xFF, 0xFE, (byte)'<', 0x01, (byte)'x', (byte)'>', 0x80, 0x90, (byte)'\n']);
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines[5..])));

        var (events, report) = Reading.Audit([.. bytes]);

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 6 && p.Message.Contains("between events"));
    }

    [Fact]
    public void Read_HugeNdjsonValue_IsCutToTheLimit()
    {
        var e = AuditFixtures.Audit[2] with { Fields = [.. AuditFixtures.Audit[2].Fields, new("Padding", new string('p', 200_000))] };

        var (records, report) = Reading.All(WinlogbeatWriter.Write([e], dotted: false), new EventReadOptions { MaxFieldChars = 1000 });

        records.Single().Fields["Padding"].Should().HaveLength(1000);
        records.Single().Fields["UserName"].Should().Be(@"CONTOSO\alice");
        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.FieldTooLong);
    }

    [Fact]
    public void Read_NdjsonLineLargerThanTheRecordLimit_IsSkippedAndTheNextLinesRead()
    {
        var lines = WinlogbeatWriter.Write(AuditFixtures.Audit, dotted: false).Split('\n');
        lines[1] = lines[1].Replace("\"message\":", $"\"padding\":\"{new string('x', 300_000)}\",\"message\":", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines), new EventReadOptions { MaxRecordSize = 64 * 1024 });

        events.Should().HaveCount(10);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 2 && p.Message.Contains("larger than 65536 bytes"));
    }

    [Fact]
    public void Read_HugeCsvMessage_IsCutAndTheRecordKept()
    {
        var csv = "Id,MachineName,ClientName,Message\r\n3000,FS01,10.0.0.1,\"" + new string('m', 100_000) + "\"\r\n3000,FS01,10.0.0.2,short\r\n";

        var (events, report) = Reading.Audit(csv, new EventReadOptions { MaxFieldChars = 1000 });

        events.Select(e => e.Client!.Value).Should().Equal("10.0.0.1", "10.0.0.2");
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p => p.Kind == ReadProblemKind.FieldTooLong && p.Line == 2);
    }

    [Fact]
    public void Read_TooManyFields_KeepsTheFirstOnesAndReports()
    {
        var e = AuditFixtures.Audit[0] with
        {
            Fields = [.. AuditFixtures.Audit[0].Fields, .. Enumerable.Range(0, 100).Select(i => new KeyValuePair<string, string>($"Extra{i}", "x"))],
        };

        var (records, report) = Reading.All(WevtutilXmlWriter.Write([e], XmlShape.EventData), new EventReadOptions { MaxFieldsPerEvent = 20 });

        records.Single().Fields.Count.Should().Be(20);
        records.Single().Fields["ClientName"].Should().Be("10.11.12.13");
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.TooManyFields && p.Message.Contains("81 were ignored"));
    }

    [Fact]
    public void Read_MoreProblemsThanTheListHolds_CountsTheRest()
    {
        var text = string.Concat(Enumerable.Range(0, 50).Select(i => "<Event><System/></Event>\n"));

        var (_, report) = Reading.All(text, new EventReadOptions { MaxProblemsListed = 10 });

        report.MalformedRecords.Should().Be(50);
        report.Problems.Should().HaveCount(10);
        report.ProblemsNotListed.Should().Be(40);
    }
}
