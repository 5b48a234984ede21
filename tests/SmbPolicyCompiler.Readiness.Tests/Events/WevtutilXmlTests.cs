using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class WevtutilXmlTests
{
    public static TheoryData<XmlEngine> Engines => [XmlEngine.Fast, XmlEngine.XmlReader];

    public static TheoryData<XmlEngine, XmlShape, char, bool, bool> Variants()
    {
        var data = new TheoryData<XmlEngine, XmlShape, char, bool, bool>();
        foreach (var engine in new[] { XmlEngine.Fast, XmlEngine.XmlReader })
        {
            foreach (var shape in new[] { XmlShape.EventData, XmlShape.UserData })
            {
                data.Add(engine, shape, '\'', false, false);
                data.Add(engine, shape, '"', true, false);
                data.Add(engine, shape, '\'', true, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Read_EveryShapeQuoteAndWrapper_GivesTheTypedEventsOfTheFieldTables(XmlEngine engine, XmlShape shape, char quote, bool root, bool rendered)
    {
        var xml = WevtutilXmlWriter.Write(AuditFixtures.All, shape, quote, root, rendered);

        var (events, report) = Reading.Audit(xml, new EventReadOptions { XmlEngine = engine });

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        report.RecordsRead.Should().Be(13);
        report.Problems.Should().BeEmpty();
        report.AuditEventsById.Should().Equal(
            Count(3000, 1), Count(3021, 2), Count(3022, 1), Count(3023, 1), Count(3024, 1), Count(3025, 1), Count(3026, 1), Count(3027, 1),
            Count(31998, 1), Count(31999, 1));
        report.UnknownEvents.Should().Equal(new EventCount(AuditFixtures.ServerAudit, 3002, 1));
        report.OtherChannelEvents.Should().Equal(new EventCount("Microsoft-Windows-SMBServer/Operational", 1020, 1));
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8bom")]
    [InlineData("utf16le")]
    [InlineData("utf16be")]
    [InlineData("utf16le-nobom")]
    public void Read_AnyEncodingPlainOrGzipped_GivesTheSameEvents(string encoding)
    {
        var bytes = Exports.Encode(WevtutilXmlWriter.Write(AuditFixtures.All, XmlShape.EventData), encoding);

        var (plain, plainReport) = Reading.Audit(bytes);
        var (zipped, zippedReport) = Reading.Audit(Exports.Gzip(bytes));

        plain.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        zipped.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        plainReport.Files.Single().Should().Match<FileReadSummary>(f => f.Format == EventInputFormat.WevtutilXml && !f.Compressed);
        zippedReport.Files.Single().Should().Match<FileReadSummary>(f => f.Format == EventInputFormat.WevtutilXml && f.Compressed);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_TruncatedAtTheEnd_KeepsTheCompleteEventsAndReportsTheBrokenOnesLine(XmlEngine engine)
    {
        var xml = WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData, newLine: "\n");
        var fifthEvent = xml.Split('\n')[4];
        var cut = xml[..(xml.IndexOf(fifthEvent, StringComparison.Ordinal) + (fifthEvent.Length / 2))];

        var (events, report) = Reading.Audit(cut, new EventReadOptions { XmlEngine = engine });

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected().Take(4));
        report.MalformedRecords.Should().Be(1);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.TruncatedFile && p.Line == 5 && p.Message.Contains("4 complete events"));
    }

    [Theory]
    [InlineData("</EventDta>")]
    [InlineData("</EventDatx>")]
    [InlineData("</eventData>")]
    public void Read_BrokenEventInTheMiddle_FastScannerSkipsItAndGoesOn(string wrongEndTag)
    {
        var lines = WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData, newLine: "\n").Split('\n');
        lines[2] = lines[2].Replace("</EventData>", wrongEndTag, StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines));

        var expected = $"{wrongEndTag} does not close <EventData>";
        events.Should().HaveCount(10);
        events.Select(e => e.Raw.RecordId).Should().NotContain(103);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 3 && p.Message.Contains(expected));
    }

    [Fact]
    public void Read_BrokenEventInTheMiddle_XmlReaderStopsTheFileAndSaysSo()
    {
        var lines = WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData, newLine: "\n").Split('\n');
        lines[2] = lines[2].Replace("</EventData>", "</EventDta>", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines), Reading.XmlReaderEngine);

        events.Should().HaveCount(2);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 3 && p.Message.Contains("rest of the file was not read"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_EntitiesCdataCommentsPrefixesAndLineEnds_AreDecodedLikeXml(XmlEngine engine)
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-16"?>
            <!-- exported by wevtutil -->
            <ev:Event xmlns:ev="http://schemas.microsoft.com/win/2004/08/events/event">
              <ev:System><ev:Provider Name = "Microsoft-Windows-SMBServer" /><ev:EventID Qualifiers="0">3025</ev:EventID>
                <ev:Version>0</ev:Version><ev:TimeCreated SystemTime='2025-10-01T08:15:30.5Z'/><ev:EventRecordID>7</ev:EventRecordID>
                <ev:Channel>Microsoft-Windows-SMBServer/Audit</ev:Channel><ev:Computer>FS&#x30;1</ev:Computer></ev:System>
              <ev:EventData>
                <ev:Data Name="ClientName"><![CDATA[\\WS-<1>]]></ev:Data>
                <ev:Data Name='SPN'>cifs/a&amp;b&lt;c&gt;&quot;&apos;&#65;&#x1F600;<!-- note --></ev:Data>
                <?pi ignored?>
                <ev:Data Name="Multi">line1
            line2</ev:Data>
                <ev:Data>positional</ev:Data>
              </ev:EventData>
            </ev:Event>
            """;

        var (records, report) = Reading.All(xml.Replace("\n", "\r\n", StringComparison.Ordinal), new EventReadOptions { XmlEngine = engine });

        report.Problems.Should().BeEmpty();
        var record = records.Should().ContainSingle().Subject;
        record.Computer.Should().Be("FS01");
        record.TimeUtc.Should().Be(new DateTime(2025, 10, 1, 8, 15, 30, 500, DateTimeKind.Utc));
        record.Fields["ClientName"].Should().Be(@"\\WS-<1>");
        record.Fields["spn"].Should().Be("cifs/a&b<c>\"'A\U0001F600");
        record.Fields["Multi"].Should().Be("line1\nline2");
        record.Fields["param1"].Should().Be("positional");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_EventsWithDifferentFieldLayouts_EachKeepsItsOwnNames(XmlEngine engine)
    {
        static string Event(int recordId, params (string Name, string Value)[] fields) =>
            $"""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SMBServer"/><EventID>3021</EventID><TimeCreated SystemTime="2025-10-01T08:15:30Z"/><EventRecordID>{recordId}</EventRecordID><Channel>Microsoft-Windows-SMBServer/Audit</Channel><Computer>FS01</Computer></System><EventData>{string.Concat(fields.Select(f => $"<Data Name=\"{f.Name}\">{f.Value}</Data>"))}</EventData></Event>""";
        var xml = "<Events>" + Event(1, ("ClientName", "A1"), ("ServerName", "S1")) + Event(2, ("ServerName", "S2"), ("ClientName", "A2")) +
                  Event(3, ("ClientName", "A3")) + Event(4, ("ClientName", "A4"), ("UserName", "U4")) + Event(5, ("ClientName", "A5"), ("Spn", "S5")) + "</Events>";

        var (records, report) = Reading.All(xml, new EventReadOptions { XmlEngine = engine });

        report.Problems.Should().BeEmpty();
        records.Select(r => string.Join(",", r.Fields.Select(f => $"{f.Key}={f.Value}"))).Should().Equal(
            "ClientName=A1,ServerName=S1", "ServerName=S2,ClientName=A2", "ClientName=A3", "ClientName=A4,UserName=U4", "ClientName=A5,Spn=S5");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_SameStartTagInTheSamePlace_IsReadForItsOwnParentAndAttributes(XmlEngine engine)
    {
        const string xml = """
            <Event><System><Provider Name='P1'/><EventID>1</EventID></System><EventData><Data Name='A'>1</Data></EventData></Event>
            <Event><System><Provider Name='P2'/><EventID>2</EventID></System><UserData><Data Name='A'><Value>2</Value></Data></UserData></Event>
            <Event><System><Provider Name='P2'/><EventID>3</EventID></System><EventData><Data Name='A&amp;B'>3</Data></EventData></Event>
            <Event><System><Provider Name='P2'/><EventID>4</EventID></System><EventData><Data Name='A&amp;B'>4</Data></EventData></Event>
            <Event><System><Provider Name='P2'/><EventID>5</EventID></System><EventData><Data>5</Data></EventData></Event>
            """;

        var (records, report) = Reading.All(xml, new EventReadOptions { XmlEngine = engine });

        report.MalformedRecords.Should().Be(0);
        records.Select(r => $"{r.Provider}:{string.Join(",", r.Fields.Select(f => $"{f.Key}={f.Value}"))}").Should().Equal(
            "P1:A=1", "P2:Value=2", "P2:A&B=3", "P2:A&B=4", "P2:param1=5");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_SameStartTagWithOtherAttributeValues_TakesEachTagsOwnValues(XmlEngine engine)
    {
        static string Event(int id, string time, string thread, string name) =>
            $"<Event><System><EventID>{id}</EventID><TimeCreated SystemTime={time}/><Execution ProcessID='4' ThreadID={thread}/></System>" +
            $"<EventData><Data Name={name}>{id}</Data></EventData></Event>\n";
        var xml = Event(1, "'2025-10-01T00:00:01Z'", "'1'", "'A'") + Event(2, "'2025-10-01T00:00:02.5Z'", "'22'", "'Bee'") +
                  Event(3, "'2025-10-01T00:00:03&#x5A;'", "'3'", "'C&amp;D'") + Event(4, "'2025-10-01T00:00:04Z'", "'4'", "'&#9;E\tF'") +
                  Event(5, "\"2025-10-01T00:00:05Z\"", "'5'", "'G'") + Event(6, "'2025-10-01T00:00:06Z'", "'6<'", "'H'");

        var (records, report) = Reading.All(xml, new EventReadOptions { XmlEngine = engine });

        report.MalformedRecords.Should().Be(1);
        records.Select(r => $"{r.EventId}:{r.TimeUtc:HH:mm:ss.f}:{string.Join(",", r.Fields.Select(f => $"{f.Key}={f.Value}"))}").Should().Equal(
            "1:00:00:01.0:A=1", "2:00:00:02.5:Bee=2", "3:00:00:03.0:C&D=3", "4:00:00:04.0:E F=4", "5:00:00:05.0:G=5");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_HugeField_IsCutToTheLimitReportedAndTheEventKept(XmlEngine engine)
    {
        var huge = new string('x', 3_000_000);
        var events = AuditFixtures.Audit.ToList();
        events[1] = events[1] with { Fields = [.. events[1].Fields, new("Padding", huge)] };
        var xml = WevtutilXmlWriter.Write(events, XmlShape.EventData, newLine: "\n");

        var (records, report) = Reading.All(xml, new EventReadOptions { XmlEngine = engine, MaxFieldChars = 1000 });

        records.Should().HaveCount(11);
        records[1].Fields["Padding"].Should().HaveLength(1000);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.FieldTooLong && p.Line == 2 && p.Message.Contains("Padding"));
    }

    [Fact]
    public void Read_HugeField_FastScannerAllocatesFarLessThanTheField()
    {
        var xml = WevtutilXmlWriter.Write(AuditFixtures.Audit.Take(1), XmlShape.EventData)
            .Replace("10.11.12.13", new string('1', 40_000_000), StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(xml);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (records, _) = Reading.All(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        records.Should().ContainSingle().Which.Fields["ClientName"].Should().HaveLength(EventReadOptions.Default.MaxFieldChars);
        allocated.Should().BeLessThan(8_000_000, "a 40 MB value must be streamed, not held");
    }

    [Fact]
    public void Read_TagLongerThanTheLimit_IsReportedAndTheNextEventsAreRead()
    {
        var lines = WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData, newLine: "\n").Split('\n');
        lines[1] = lines[1].Replace("<Correlation/>", $"<Correlation ActivityID='{new string('a', 300_000)}'/>", StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines), new EventReadOptions { MaxRecordSize = 128 * 1024 });

        events.Should().HaveCount(10);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 2 && p.Message.Contains("longer than"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_ElementsNestedTooDeep_SkipsThatEvent(XmlEngine engine)
    {
        var bomb = string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200));
        var lines = WevtutilXmlWriter.Write(AuditFixtures.Audit.Take(2), XmlShape.EventData, newLine: "\n").Split('\n');
        lines[0] = lines[0].Replace("<EventData>", "<EventData>" + bomb, StringComparison.Ordinal);

        var (events, report) = Reading.Audit(string.Join('\n', lines), new EventReadOptions { XmlEngine = engine });

        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("nested more than 64 deep");
        events.Should().HaveCount(engine == XmlEngine.Fast ? 1 : 0);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_Doctype_IsRejectedWithoutExpandingEntities(XmlEngine engine)
    {
        const string bomb = """
            <!DOCTYPE Event [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <Event><System><EventID>3000</EventID></System><EventData><Data Name="ClientName">&b;</Data></EventData></Event>
            """;

        var (records, report) = Reading.All(bomb, new EventReadOptions { XmlEngine = engine });

        records.Should().BeEmpty();
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p => p.Kind == ReadProblemKind.MalformedRecord && p.Line == 1);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Read_EventWithoutEventId_IsReportedAsMalformed(XmlEngine engine)
    {
        const string xml = "<Event><System><Computer>A</Computer></System></Event>\n<Event><System><EventID>x1</EventID></System></Event>";

        var (records, report) = Reading.All(xml, new EventReadOptions { XmlEngine = engine });

        records.Should().BeEmpty();
        report.MalformedRecords.Should().Be(2);
        report.Problems.Select(p => (p.Line, p.Message)).Should().Equal(
            (1L, "record 1 skipped: it has no event id."),
            (2L, "record 2 skipped: the event id 'x1' is not a number."));
    }

    private static KeyValuePair<int, long> Count(int id, long count) => new(id, count);
}
