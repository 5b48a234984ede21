using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>Large files are read in parts on every core; what comes out must be what reading them whole, one by one, gives.</summary>
public sealed class PartsTests
{
    private static readonly EventReadOptions Sequential = new() { Workers = 1, PartBytes = 0 };
    private static readonly EventReadOptions InParts = new() { Workers = 2, PartBytes = 8 * 1024 };

    public static TheoryData<string> Formats => ["xml", "ndjson"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_LargeFileInParts_GivesTheRecordsCountsAndProblemsOfReadingItWhole(string format)
    {
        using var temp = new TempFolder();
        var first = temp.Write("a." + format, Damaged(format, seed: 1));
        var second = temp.Write("b." + format, Damaged(format, seed: 2));

        ReadPlan.Parts(first, () => File.OpenRead(first), InParts).Should().HaveCountGreaterThan(10, "the file is split");
        var (wholeEvents, whole) = Read([first, second], Sequential);
        var (partEvents, parts) = Read([first, second], InParts);

        partEvents.Should().Equal(wholeEvents);
        partEvents.Select(e => e.Location).Should().Equal(wholeEvents.Select(e => e.Location));
        parts.Should().BeEquivalentTo(whole, o => o.WithStrictOrdering());
        whole.Problems.Should().Contain(p => p.Kind == ReadProblemKind.MalformedRecord && p.Line > 1000, "the damage is spread through the file");
        whole.DuplicatesRemoved.Should().BeGreaterThan(100, "the second file overlaps the first");
    }

    [Fact]
    public void Read_EarlyStop_EndsTheWorkers()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.xml", Damaged("xml", seed: 3));
        var reader = new AuditEventReader(InParts);

        reader.ReadAll([file]).Take(5).Should().HaveCount(5);
    }

    private static (List<AuditEvent> Events, ReadReport Report) Read(string[] files, EventReadOptions options)
    {
        var reader = new AuditEventReader(options);
        var events = reader.ReadAll(files).ToList();
        return (events, reader.Report);
    }

    /// <summary>A few thousand events (record ids overlapping between seeds) with broken ones here and there, cut off at the end.</summary>
    private static byte[] Damaged(string format, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var e = AuditFixtures.All[i % AuditFixtures.All.Count] with { RecordId = 1000 + (seed * 1500) + i };
            var record = format == "xml" ? WevtutilXmlWriter.Event(e, XmlShape.EventData) + "\r\n" : WinlogbeatWriter.Write([e], dotted: false);
            text.Append(random.Next(100) switch
            {
                0 => record.Replace("</System>", "</Sys>", StringComparison.Ordinal),
                1 => record.Replace("\"winlog\"", "\"winlog\" x", StringComparison.Ordinal).Replace("<EventID>", "<EventID>x", StringComparison.Ordinal),
                2 => record[..(record.Length / 2)] + "\n",
                _ => record,
            });
        }

        return Encoding.UTF8.GetBytes(text.ToString()[..(text.Length - 40)]);
    }
}
