using System.Text.Json;
using System.Xml.Linq;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Reports;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Reports;

/// <summary>Every report format for one fixed run, compared with files under golden/reports (SMBPOL_UPDATE_GOLDEN=1 rewrites them).</summary>
public class DriftReportGoldenTests
{
    private static readonly DriftReport Report = ReportFixture.Build();

    private static string GoldenPath(string name) => RepoPaths.Tests("SmbPolicyCompiler.Drift.Tests", "golden", "reports", name);

    private static string Text(Action<TextWriter> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void Table_MatchesGolden() => Golden.AssertText(GoldenPath("report.txt"), Text(o => new DriftText().Write(o, Report)));

    [Fact]
    public void Markdown_MatchesGolden() => Golden.AssertText(GoldenPath("report.md"), Text(o => new DriftMarkdown().Write(o, Report)));

    [Fact]
    public void Json_MatchesGolden() => Golden.AssertText(GoldenPath("report.json"), Text(o => new DriftJson().Write(o, Report)));

    [Fact]
    public void JUnit_MatchesGolden() => Golden.AssertText(GoldenPath("report.junit.xml"), Text(o => new DriftJUnit().Write(o, Report)));

    [Fact]
    public void Sarif_MatchesGolden() => Golden.AssertText(GoldenPath("report.sarif"), Text(o => new DriftSarif("0.1.0").Write(o, Report)));

    [Fact]
    public void Fixture_CoversEveryStatus()
    {
        Report.Findings.Select(f => f.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<DriftStatus>());
        Report.Notes.Should().ContainSingle();
    }

    [Fact]
    public void Json_CountsAgreeWithTheFindings()
    {
        using var json = JsonDocument.Parse(Text(o => new DriftJson().Write(o, Report)));

        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("driftedSettings").GetInt32().Should().Be(Report.Findings.Count(f => f.Status == DriftStatus.Drifted)).And.BePositive();
        summary.GetProperty("notVisibleSettings").GetInt32().Should().Be(Report.Count(DriftStatus.NotVisible));
        json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(Report.Findings.Count);
        json.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("status").GetString())
            .Should().Contain(["compliant", "drifted", "unknown", "unmanaged"]);
    }

    [Fact]
    public void JUnit_IsWellFormedWithFailuresForDriftAndAnErrorPerNote()
    {
        var xml = XDocument.Parse(Text(o => new DriftJUnit().Write(o, Report)));

        var root = xml.Root!;
        root.Attribute("failures")!.Value.Should().Be(Report.Count(DriftStatus.Drifted).ToString(System.Globalization.CultureInfo.InvariantCulture));
        root.Descendants("failure").Should().HaveCount(Report.Count(DriftStatus.Drifted));
        root.Elements("testsuite").Last().Attribute("name")!.Value.Should().Be("input");
        root.Descendants("error").Should().ContainSingle();
        root.Descendants("failure").Select(f => f.Value).Should().Contain(v => v.Contains("<b>off</b> & \"done\"", StringComparison.Ordinal), "XML escaping round-trips the text");
    }

    [Fact]
    public void Markdown_EscapesValuesFromServers()
    {
        var markdown = Text(o => new DriftMarkdown().Write(o, Report));

        markdown.Should().Contain("0 \\| &lt;b>off&lt;/b> &amp; \"done\"").And.NotContain("<b>");
    }

    [Fact]
    public void Sarif_PlacesDriftAtThePolicyLineThatExpectedIt()
    {
        using var sarif = JsonDocument.Parse(Text(o => new DriftSarif("0.1.0").Write(o, Report)));

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var drift = results.First(r => r.GetProperty("ruleId").GetString() == DiagnosticCatalogue.Drifted.Code);
        drift.GetProperty("level").GetString().Should().Be("error");
        var location = drift.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("policies/policy.yaml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().BePositive();
        results.Count(r => r.GetProperty("ruleId").GetString() == DiagnosticCatalogue.DriftInputUnreadable.Code).Should().Be(1);
        results.Should().HaveCount(Report.Findings.Count(f => f.Status is DriftStatus.Drifted or DriftStatus.Unknown or DriftStatus.Unmanaged) + 1);
    }
}
