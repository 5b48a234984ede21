using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class DeduplicationTests
{
    [Fact]
    public void Read_OverlappingExportsInDifferentFormats_CountsEachRecordOnce()
    {
        using var temp = new TempFolder("smbpol-dedupe");
        temp.Write("fs01-week1.xml", WevtutilXmlWriter.Write(Range("FS01.contoso.com", 1, 60), XmlShape.EventData));
        temp.Write("fs01-week2.ndjson", WinlogbeatWriter.Write(Range("fs01.CONTOSO.com", 41, 100), dotted: true));
        temp.Write("fs02.json", GetWinEventJsonWriter.Write(Range("FS02.contoso.com", 1, 50), powerShell7: true));
        temp.Write("fs01-again.xml", WevtutilXmlWriter.Write(Range("FS01.contoso.com", 1, 100), XmlShape.UserData));

        var (events, report) = Reading.Files([temp.Path]);

        events.Should().HaveCount(150);
        report.RecordsRead.Should().Be(60 + 60 + 50 + 100);
        report.DuplicatesRemoved.Should().Be(20 + 100);
        report.AuditEvents.Should().Be(150);
        report.RecordsRead.Should().Be(report.DuplicatesRemoved + report.AuditEvents
            + report.UnknownEvents.Sum(c => c.Count) + report.OtherChannelEvents.Sum(c => c.Count));
        events.GroupBy(e => (e.Computer!.Value, e.Raw.RecordId)).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void Read_DuplicateRemovalOff_KeepsEveryRecord()
    {
        var xml = WevtutilXmlWriter.Write([.. Range("FS01", 1, 30), .. Range("FS01", 1, 30)], XmlShape.EventData);

        var (events, report) = Reading.Audit(xml, new EventReadOptions { RemoveDuplicates = false });

        events.Should().HaveCount(60);
        report.DuplicatesRemoved.Should().Be(0);
    }

    [Fact]
    public void Read_SameRecordIdInAnotherChannel_IsNotADuplicate()
    {
        var server = AuditFixtures.Audit[0] with { RecordId = 5 };
        var operational = AuditFixtures.Operational with { RecordId = 5, Computer = server.Computer };

        var (records, report) = Reading.All(WevtutilXmlWriter.Write([server, operational, server], XmlShape.EventData));

        records.Should().HaveCount(2);
        report.DuplicatesRemoved.Should().Be(1);
    }

    [Fact]
    public void RecordIdSet_ScatteredAndRepeatedIds_AreCountedExactly()
    {
        var set = new RecordIdSet();
        var random = new Random(11);
        var expected = new HashSet<long>();
        for (var i = 0; i < 200_000; i++)
        {
            var id = i % 3 == 0 ? random.NextInt64(0, 5_000_000_000) : random.Next(0, 150_000);
            set.Add(id).Should().Be(expected.Add(id));
        }

        set.Count.Should().Be(expected.Count);
        set.ApproximateBytes.Should().BeLessThan(expected.Count * 100L);
    }

    [Fact]
    public void RecordIdSet_FilteredExportOfOneLog_CostsAboutTwoBytesPerId()
    {
        var set = new RecordIdSet();
        var random = new Random(5);
        for (long id = 1_000_000; id < 4_000_000; id++)
        {
            if (random.Next(100) < 3)
            {
                set.Add(id);
            }
        }

        set.ApproximateBytes.Should().BeLessThan(set.Count * 5 / 2 + 10_000, "2 bytes per id plus array growth slack");
    }

    [Fact]
    public void RecordIdSet_ContiguousMillion_UsesAboutOneBitPerId()
    {
        var set = new RecordIdSet();
        for (long id = 1; id <= 1_000_000; id++)
        {
            set.Add(id);
        }

        set.Add(500_000).Should().BeFalse();
        set.Count.Should().Be(1_000_000);
        set.ApproximateBytes.Should().BeLessThan(160_000);
    }

    private static List<FixtureEvent> Range(string computer, long first, long last) =>
        [.. Enumerable.Range(0, (int)(last - first + 1)).Select(i => AuditFixtures.Audit[i % 9] with { Computer = computer, RecordId = first + i })];
}
