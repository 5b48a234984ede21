using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class CsvTests
{
    private static readonly string[] FieldColumns =
    [
        "ClientName", "ServerName", "UserName", "ServerRequiresSigning", "ServerRequiresEncryption", "SmbClientDoesNotSupportEncryptionType",
        "ClientRequireSigning", "ClientRequireEncryption", "Status", "SPN", "ServiceClassIsValid", "PrincipalNameIsValid", "SPNValidationPolicy",
    ];

    private static readonly EventReadOptions Plus2 = new() { AssumedTimeZone = Exports.Plus2 };

    [Theory]
    [InlineData(true, ',', "utf16le")]
    [InlineData(false, ',', "utf8bom")]
    [InlineData(true, ';', "utf8")]
    public void Read_ExportCsv_TakesTheDataFromTheMessageAndFlagsTheLocalTimes(bool typeLine, char delimiter, string encoding)
    {
        var csv = EventCsvWriter.ExportCsv(AuditFixtures.All, t => EventCsvWriter.UsTime(Exports.ToPlus2(t)), typeLine, delimiter);

        var (events, report) = Reading.Audit(Exports.Encode(csv, encoding), Plus2);

        events.Select(e => e.Client?.Value).Should().Equal(TypedView.Expected().Select(v => v.Client));
        events.Select(e => e.Server?.Value).Should().Equal(TypedView.Expected().Select(v => v.Server));
        events.Select(e => e.TimeUtc).Should().Equal(TypedView.Expected(timeToSeconds: true).Select(v => v.Time));
        events.Should().OnlyContain(e => e.TimeLacksOffset && e.FieldsFromMessage);
        report.TimesWithoutOffset.Should().Be(13);
        report.FieldsFromMessage.Should().Be(11);
        report.Problems.Should().BeEmpty();
        report.Files.Single().Format.Should().Be(EventInputFormat.Csv);
    }

    [Theory]
    [InlineData(';', "de-DE")]
    [InlineData('\t', null)]
    [InlineData(',', null)]
    public void Read_AdminColumns_MapsFieldColumnsByName(char delimiter, string? culture)
    {
        string[] columns = ["TimeCreated", "Id", "Version", "MachineName", "RecordId", "LogName", .. FieldColumns];
        var csv = EventCsvWriter.Columns(AuditFixtures.All, t => EventCsvWriter.GermanTime(Exports.ToPlus2(t)), delimiter, columns);

        var (events, report) = Reading.Audit(csv, Plus2 with { CsvCulture = culture });

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected(timeToSeconds: true));
        report.Problems.Should().BeEmpty();
        report.RecordsRead.Should().Be(13);
    }

    [Fact]
    public void Read_KibanaCsvWithDottedHeaders_MapsWinlogColumns()
    {
        string[] columns = ["@timestamp", "winlog.event_id", "winlog.version", "winlog.computer_name", "winlog.record_id", "winlog.channel",
            .. FieldColumns.Select(c => "winlog.event_data." + c)];
        var csv = EventCsvWriter.Columns(AuditFixtures.All, t => t.ToString("o"), ',', columns, quoteAll: true);

        var (events, report) = Reading.Audit(csv);

        events.Select(e => TypedView.Of(e)).Should().Equal(TypedView.Expected());
        events.Should().OnlyContain(e => !e.TimeLacksOffset);
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_ColumnMap_RenamesAdminColumnsAndIgnoresOthers()
    {
        const string csv = """
            When,EventNumber,Server,Who,Note
            2025-10-01 10:00:00,3021,FS01,\\10.1.2.3,call Bob
            2025-10-01 10:05:00,3000,FS01,10.1.2.4,
            """;
        CsvColumnMap.TryParse(["When=TimeCreated", "EventNumber=Id", "Server=MachineName", "Who=ClientName", "Note=-"], out var map, out var error)
            .Should().BeTrue(error);

        var (events, report) = Reading.Audit(csv, new EventReadOptions { CsvColumns = map! });

        events.Select(e => (e.Kind, e.Client!.Value, e.Server!.Value)).Should().Equal(
            (AuditEvents.Smb2ClientDoesNotSupportSigning, "10.1.2.3", "fs01"),
            (AuditEvents.Smb1Access, "10.1.2.4", "fs01"));
        events[0].Raw.Fields.Contains("Note").Should().BeFalse();
        events[0].Raw.Channel.Should().BeEmpty("the export did not record it; the id implies it");
        report.NotDeduplicable.Should().Be(2);
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_SpacesAroundUnquotedValues_AreNotPartOfThemAsImportCsvReadsIt()
    {
        const string csv = "Id, MachineName, RecordId, ClientName, Note\r\n3000 , FS01 , 7 , 10.1.2.4 ,\" kept \"\r\n";

        var (events, report) = Reading.All(csv);

        var record = events.Single();
        (record.EventId, record.Computer, record.RecordId, record.Fields["ClientName"], record.Fields["Note"]).Should().Be((3000, "FS01", 7L, "10.1.2.4", " kept "));
        report.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Client=", "'Client=' is not a column mapping")]
    [InlineData("=ClientName", "'=ClientName' is not a column mapping")]
    public void ParseColumnMap_BadPair_SaysHowToWriteIt(string pair, string expected)
    {
        CsvColumnMap.TryParse([pair], out _, out var error).Should().BeFalse();
        error.Should().StartWith(expected).And.Contain("column=Field");
    }

    [Fact]
    public void Read_PositionalCalculatedColumn_WithALengthSlotNumberIsNoUsableClientName()
    {
        const string csv = "TimeCreated,Id,MachineName,ClientName\r\n2025-10-01 10:00:00,3021,FS01,12\r\n";

        var (events, report) = Reading.Audit(csv);

        events.Single().Client.Should().BeNull("12 is ClientNameLength, what Properties[0] holds for 3021");
        report.NoClientName.Should().Be(1);
    }

    [Fact]
    public void Read_WithoutAnEventIdColumn_IsNotAnEventFile()
    {
        var (events, report) = Reading.Audit("TimeCreated,Message\r\n2025-10-01 10:00:00,hello\r\n");

        events.Should().BeEmpty();
        report.Files.Single().Outcome.Should().Be(FileOutcome.NotAnEventFile);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.NotAnEventFile && p.Message.Contains("EventNumber=Id"));
    }

    [Fact]
    public void Read_RowWithTheWrongNumberOfColumns_IsMalformedWithItsLine()
    {
        const string csv = "Id,MachineName,ClientName\r\n3000,FS01,10.0.0.1\r\n3000,FS01,10.0.0.2,extra\r\n\r\n3000,FS01,10.0.0.3\r\n";

        var (events, report) = Reading.Audit(csv);

        events.Should().HaveCount(2);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.MalformedRecord && p.Line == 3 && p.Message.Contains("4 columns where the header has 3"));
    }

    [Fact]
    public void Read_FileEndingInsideAQuotedMessage_KeepsTheRecordsBefore()
    {
        var csv = EventCsvWriter.ExportCsv(AuditFixtures.Audit, t => EventCsvWriter.UsTime(t));
        var cut = csv[..csv.LastIndexOf("Guidance", StringComparison.Ordinal)];

        var lastRecordLine = cut[..cut.LastIndexOf("\"SMB audit event", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (events, report) = Reading.Audit(cut);

        events.Should().HaveCount(10);
        report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.TruncatedFile && p.Line == lastRecordLine && p.Message.Contains("10 records before"));
    }

    [Fact]
    public void Read_TimeInNoKnownFormat_KeepsTheEventWithoutTime()
    {
        var (events, report) = Reading.Audit("TimeCreated,Id,ClientName\r\nyesterday,3000,10.0.0.1\r\n");

        events.Single().TimeUtc.Should().BeNull();
        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.UnreadableTime);
    }

    [Fact]
    public void Options_UnknownCulture_IsRejectedWithTheKnownOnes()
    {
        var errors = new EventReadOptions { CsvCulture = "xx-XX" }.Validate();

        errors.Should().ContainSingle().Which.Should().Contain("de-DE").And.Contain("en-US");
    }
}
