using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>
/// The known scenario through the whole pipeline in every export format: the verdicts, counts and client details must
/// be exactly the hand-worked totals, whichever way the events were exported.
/// </summary>
public sealed class PipelineTests
{
    private static readonly string[] CsvColumns =
    [
        "TimeCreated", "Id", "Version", "MachineName", "RecordId", "LogName", "ClientName", "ServerName", "UserName", "ServerRequiresSigning",
        "ServerRequiresEncryption", "SmbClientDoesNotSupportEncryptionType", "ClientRequireSigning", "ClientRequireEncryption", "Status", "SPN",
        "ServiceClassIsValid", "PrincipalNameIsValid", "SPNValidationPolicy",
    ];

    public static TheoryData<string> Formats => ["xml", "xml-userdata", "xml-root-utf16", "xml-gzip", "ndjson", "ndjson-dotted", "json-ps51", "json-ps7", "csv-columns", "export-csv"];

    private static (byte[] Content, EventReadOptions Options) Export(string format, IReadOnlyList<FixtureEvent> events) => format switch
    {
        "xml" => (Utf8(WevtutilXmlWriter.Write(events, XmlShape.EventData)), EventReadOptions.Default),
        "xml-userdata" => (Utf8(WevtutilXmlWriter.Write(events, XmlShape.UserData, quote: '"')), EventReadOptions.Default),
        "xml-root-utf16" => (Exports.Encode(WevtutilXmlWriter.Write(events, XmlShape.EventData, root: true, rendered: true), "utf16le"), EventReadOptions.Default),
        "xml-gzip" => (Exports.Gzip(Utf8(WevtutilXmlWriter.Write(events, XmlShape.UserData))), EventReadOptions.Default),
        "ndjson" => (Utf8(WinlogbeatWriter.Write(events, dotted: false)), EventReadOptions.Default),
        "ndjson-dotted" => (Utf8(WinlogbeatWriter.Write(events, dotted: true, XmlShape.UserData)), EventReadOptions.Default),
        "json-ps51" => (Exports.Encode(GetWinEventJsonWriter.Write(events, powerShell7: false), "utf16le"), EventReadOptions.Default),
        "json-ps7" => (Utf8(GetWinEventJsonWriter.Write(events, powerShell7: true)), EventReadOptions.Default),
        "csv-columns" => (Utf8(EventCsvWriter.Columns(events, t => EventCsvWriter.GermanTime(Exports.ToPlus2(t)), ';', CsvColumns)),
            new EventReadOptions { AssumedTimeZone = Exports.Plus2, CsvCulture = "de-DE" }),
        _ => (Utf8(EventCsvWriter.ExportCsv(events, t => EventCsvWriter.UsTime(Exports.ToPlus2(t)))), new EventReadOptions { AssumedTimeZone = Exports.Plus2 }),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Readiness_KnownScenarioInEveryFormat_GivesTheHandWorkedTotals(string format)
    {
        var (content, options) = Export(format, KnownScenario.Log().Events);

        var report = ReadinessRunner.Run([("events", content)], new ReadinessOptions { Events = options });

        report.Input.Events.Should().Be(14);
        report.Input.Read.AuditEvents.Should().Be(14);
        report.Input.Read.MalformedRecords.Should().Be(0);
        Verdicts(report).Should().Equal(
            "pilot/serverSigning NotReady 3/5 10.1.1.2:3021 old-1:3027 ws-1:3021",
            "pilot/spnValidation NotReady 2/6 ws-1:3024 ws-5:3025",
            // Within its gate, but the known scenario spans a few days (the gate's minDaysOfData is 7 by default).
            "pilot/smb1Server ThinEvidence 1/6 10.1.1.3:3000",
            "pilot/clientSigning NotReady 1/2 pws1.corp.example.com:31998",
            "broad/serverSigning Ready 0/3",
            "broad/smb1Server ThinEvidence 0/3",
            "late/serverSigning NotEnoughData 0/0");
        var signing = report.Controls.First();
        signing.HeldBack.Should().ContainSingle().Which.Should().BeEquivalentTo(new HeldBackHost("PFS3", "EXC-1", "audit", ["scanner-1"], 1));
        signing.Blocking.Single(b => b.Client == "ws-1").Should().Match<BlockingClient>(b =>
            b.Events == 2 && b.FirstSeen == TestEstate.April(1, 9) && b.LastSeen == TestEstate.April(8, 10) && b.Servers.SequenceEqual(new[] { "pfs1.corp.example.com" }));
        report.Controls.Single(c => c.Control == "clientSigning").Blocking.Single().Servers.Should().Equal("nas1.corp.example.com");
        report.Clients.Select(c => $"{c.Name}={c.Events}").Should().Equal(
            "old-1=1", "pws1.corp.example.com=2", "scanner-1=1", "ws-1=4", "ws-5=1", "ws-6=1", "ws-9=1", "10.1.1.2=1", "10.1.1.3=1", "2001:db8::5=1");
        var ws1 = report.Clients.Single(c => c.Name == "ws-1");
        ws1.ByKind.Should().Equal(new KindCount(3021, 2), new KindCount(3024, 1), new KindCount(3026, 1));
        ws1.Servers.Should().Equal(new PeerCount("bfs1.corp.example.com", 1), new PeerCount("pfs1.corp.example.com", 3));
        ws1.ByDay.Select(d => d.Day.Day).Should().Equal(1, 2, 6, 8);
        ws1.Users.Should().Equal(@"CONTOSO\alice");
        report.Clients.Single(c => c.Name == "ws-5").Spns.Should().Equal("cifs/alias.corp.example.com");
        report.Computers.Select(c => $"{c.Name}:{c.Host ?? "?"}:{c.Events}:{c.Peers}").Should().Equal(
            "bfs1.corp.example.com:BFS1:3:3", "pfs1.corp.example.com:PFS1:7:5", "pfs3.corp.example.com:PFS3:1:1",
            "pws1.corp.example.com:PWS1:2:2", "stranger.corp.example.com:?:1:1");
        report.Input.UnknownComputers.Should().Be(1);
        report.Input.EventsFromUnknownComputers.Should().Be(1);
        report.Computers.Single(c => c.Host == "PFS3").Exceptions.Should().ContainSingle().Which.Id.Should().Be("EXC-1");
    }

    [Fact]
    public void Readiness_OverlappingExports_CountEachEventOnce()
    {
        var events = KnownScenario.Log().Events;
        var first = Utf8(WevtutilXmlWriter.Write(events.Take(10), XmlShape.EventData));
        var second = Utf8(WinlogbeatWriter.Write(events.Skip(4), dotted: false));

        var report = ReadinessRunner.Run([("first.xml", first), ("second.ndjson", second)]);

        report.Input.Read.RecordsRead.Should().Be(20);
        report.Input.Read.DuplicatesRemoved.Should().Be(6);
        report.Input.Events.Should().Be(14);
        Verdicts(report).Should().Equal(Verdicts(ReadinessRunner.Run(events)));
    }

    internal static IEnumerable<string> Verdicts(ReadinessReport report) => report.Controls.Select(c =>
        $"{c.Ring}/{c.Control} {c.Verdict} {c.Blocking.Count}/{c.Denominator}" +
        string.Concat(c.Blocking.Select(b => $" {b.Client}:{b.EventIds}")));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
