using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>Every export format fills the System values its export carries, as the XML reader does.</summary>
public sealed class SystemValuesTests
{
    public static TheoryData<string> Formats => ["xml-userdata-rendered", "json-ps51", "json-ps7", "ndjson-nested", "ndjson-dotted", "export-csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_SameEventsInAnyFormat_GiveTheSystemValuesOfTheXml(string format)
    {
        var expected = Reading.All(WevtutilXmlWriter.Write(AuditFixtures.All, XmlShape.EventData)).Records.Select(SystemValues).ToList();

        var (records, report) = Reading.All(Write(format), new EventReadOptions { AssumedTimeZone = Exports.Plus2 });

        records.Select(SystemValues).Should().Equal(expected);
        records.Should().OnlyContain(r => r.Level == 4);
        report.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Information", 4)]
    [InlineData("information", 4)]
    [InlineData("Warning", 3)]
    [InlineData("Error", 2)]
    [InlineData("Critical", 1)]
    [InlineData("Verbose", 5)]
    [InlineData("Informationen", null)]
    [InlineData("", null)]
    public void Read_AdminCsvWithOnlyTheLevelName_TakesTheLevelFromTheEnglishName(string name, int? level)
    {
        var csv = $"TimeCreated,Id,MachineName,LevelDisplayName,ClientName\r\n2025-10-01T08:15:30Z,3021,fs01.corp.example,{name},10.1.2.3\r\n";

        var record = Reading.All(csv).Records.Single();

        record.Level.Should().Be(level);
    }

    [Theory]
    [InlineData("LevelDisplayName,Level", "Information,0")]
    [InlineData("Level,LevelDisplayName", "0,Information")]
    public void Read_CsvWithLevelAndName_TakesTheNumberWhateverTheColumnOrder(string columns, string values)
    {
        var csv = $"Id,{columns}\r\n3021,{values}\r\n";

        Reading.All(csv).Records.Single().Level.Should().Be(0, "LogAlways renders as Information too; the number is the level");
    }

    [Fact]
    public void Read_EventViewerSaveAsCsv_ReadsTheLevelColumnAsAName()
    {
        var csv = "Level,Date and Time,Source,Event ID,Task Category\r\nWarning,2025-10-01T08:15:30Z,Microsoft-Windows-SMBServer,3021,None\r\n";

        var record = Reading.All(csv).Records.Single();

        record.Level.Should().Be(3);
        record.Provider.Should().Be("Microsoft-Windows-SMBServer");
    }

    [Fact]
    public void Read_SentinelCsv_TakesTheLevelName()
    {
        var csv = "TimeGenerated,Computer,EventLog,Source,EventID,EventLevelName\r\n" +
                  "2025-10-01T08:15:30Z,fs01.corp.example,Microsoft-Windows-SMBServer/Audit,Microsoft-Windows-SMBServer,3021,Error\r\n";

        Reading.All(csv).Records.Single().Level.Should().Be(2);
    }

    [Theory]
    [InlineData("{\"Id\":3021,\"Level\":0,\"LevelDisplayName\":\"Information\"}", 0)]
    [InlineData("{\"LevelDisplayName\":\"Warning\",\"Id\":3021,\"Level\":3}", 3)]
    [InlineData("{\"Id\":3021,\"LevelDisplayName\":\"Warning\"}", 3)]
    [InlineData("{\"Id\":3021,\"LevelDisplayName\":\"Avertissement\"}", null)]
    [InlineData("{\"Id\":3021}", null)]
    public void Read_GetWinEventJson_TakesTheLevelNumberBeforeItsName(string json, int? level)
    {
        Reading.All(json).Records.Single().Level.Should().Be(level);
    }

    [Theory]
    [InlineData("{\"winlog\":{\"event_id\":\"3021\",\"level\":\"warning\"}}", 3)]
    [InlineData("{\"winlog.event_id\":\"3021\",\"log.level\":\"error\"}", 2)]
    [InlineData("{\"_source\":{\"winlog\":{\"event_id\":\"3021\"},\"log\":{\"level\":\"information\"}}}", 4)]
    [InlineData("{\"winlog\":{\"event_id\":\"3021\",\"level\":\"informations\"}}", null)]
    public void Read_Winlogbeat_TakesTheLevelFromItsLowerCaseName(string line, int? level)
    {
        Reading.All(line + "\n").Records.Single().Level.Should().Be(level);
    }

    private static string Write(string format) => format switch
    {
        "xml-userdata-rendered" => WevtutilXmlWriter.Write(AuditFixtures.All, XmlShape.UserData, rendered: true),
        "json-ps51" => GetWinEventJsonWriter.Write(AuditFixtures.All, powerShell7: false),
        "json-ps7" => GetWinEventJsonWriter.Write(AuditFixtures.All, powerShell7: true),
        "ndjson-nested" => WinlogbeatWriter.Write(AuditFixtures.All, dotted: false),
        "ndjson-dotted" => WinlogbeatWriter.Write(AuditFixtures.All, dotted: true),
        _ => EventCsvWriter.ExportCsv(AuditFixtures.All, t => EventCsvWriter.UsTime(Exports.ToPlus2(t))),
    };

    /// <summary>The System values; the time only to the second, which is what Export-Csv keeps.</summary>
    private static (string Computer, string Channel, string Provider, int EventId, int? Version, int? Level, long? RecordId, DateTime? Time) SystemValues(AuditEvent e) =>
        (e.Computer, e.Channel, e.Provider, e.EventId, e.Version, e.Level, e.RecordId, e.TimeUtc is { } t ? t.AddTicks(-(t.Ticks % TimeSpan.TicksPerSecond)) : null);
}
