using System.Diagnostics;
using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>Every event format, mutated from a fixed seed: the reader never throws, says what is wrong about the file by name, and stays quick.</summary>
public sealed class FuzzTests
{
    private const int Cases = 600;

    public static TheoryData<string> Formats => ["xml", "xml-xmlreader", "json", "ndjson", "csv", "export-csv", "xml-utf16", "ndjson-gzip"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_MutatedExport_NeverThrowsAndReportsOnlyThisFile(string format)
    {
        var options = format == "xml-xmlreader" ? Reading.XmlReaderEngine : null;
        var slowest = TimeSpan.Zero;
        foreach (var (number, bytes) in ByteMutations.Of(Valid(format), Cases, seed: format.Sum(c => c)))
        {
            var watch = Stopwatch.StartNew();
            List<AuditEvent> records;
            ReadReport report;
            try
            {
                (records, report) = Reading.All(bytes, options, name: "case.file");
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{format} case {number} threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            report.Files.Should().ContainSingle($"{format} case {number}").Which.Path.Should().Be("case.file");
            report.Problems.Should().NotContain(p => p.File != "case.file" || p.Message.Length == 0, $"{format} case {number}");
            records.Count.Should().BeLessThanOrEqualTo(AuditFixtures.All.Count * 2, $"{format} case {number}");
        }

        slowest.Should().BeLessThan(TimeSpan.FromSeconds(5), "one small file is read in far less time, whatever its damage");
    }

    [Fact]
    public void Read_MutatedNdjsonOfWholeObjects_LineByLineMappingGivesWhatTheGeneralJsonPathGives()
    {
        var general = new EventReadOptions { Format = EventInputFormat.GetWinEventJson };
        var compared = 0;
        foreach (var (number, bytes) in ByteMutations.Of(Valid("ndjson"), Cases, seed: 7))
        {
            if (!EveryLineIsAnObject(bytes))
            {
                continue;
            }

            var (lines, lineReport) = Reading.All(bytes, name: "case.file");
            var (values, valueReport) = Reading.All(bytes, general, name: "case.file");

            lines.Should().Equal(values, $"case {number}");
            lineReport.Problems.Should().Equal(valueReport.Problems, $"case {number}");
            compared++;
        }

        compared.Should().BeGreaterThan(Cases / 10, "enough mutations keep the JSON valid (changed values, names, escapes)");
    }

    private static bool EveryLineIsAnObject(byte[] bytes)
    {
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
                {
                    return false;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        return System.Text.Unicode.Utf8.IsValid(bytes);
    }

    private static byte[] Valid(string format)
    {
        var events = AuditFixtures.All;
        return format switch
        {
            "xml" or "xml-xmlreader" => Encoding.UTF8.GetBytes(WevtutilXmlWriter.Write(events, XmlShape.UserData)),
            "xml-utf16" => Exports.Encode(WevtutilXmlWriter.Write(events, XmlShape.EventData), "utf16le"),
            "json" => Encoding.UTF8.GetBytes(GetWinEventJsonWriter.Write(events, powerShell7: true)),
            "ndjson" => Encoding.UTF8.GetBytes(WinlogbeatWriter.Write(events, dotted: false)),
            "ndjson-gzip" => Exports.Gzip(Encoding.UTF8.GetBytes(WinlogbeatWriter.Write(events, dotted: true))),
            "export-csv" => Encoding.UTF8.GetBytes(EventCsvWriter.ExportCsv(events, t => t.ToString("o"))),
            _ => Encoding.UTF8.GetBytes(EventCsvWriter.Columns(events, t => t.ToString("o"), ',', ["TimeCreated", "Id", "Version", "MachineName", "RecordId", "LogName", "ClientName", "ServerName"])),
        };
    }
}
