using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>
/// Every generated KQL query goes through Microsoft's own Kusto parser with Sentinel's Event and WindowsEvent columns
/// declared: zero diagnostics means the syntax is right and every table, column and function name binds.
/// </summary>
[Trait("Category", "Interop")]
public class KqlParserTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void EveryKqlQuery_ParsesAndBindsWithMicrosoftsKustoParser(string caseName)
    {
        var files = SiemFixture.Files(caseName, "sentinel/", ".kql");
        files.Should().HaveCount(10, "five query kinds for each of the Event and WindowsEvent tables");
        using var folder = new TempFolder("smbpol-kql");
        var paths = SiemFixture.WriteAll(folder, files);

        var diagnostics = KustoParser.Check(paths.Keys);

        diagnostics.Should().HaveCount(files.Count);
        foreach (var (path, found) in diagnostics)
        {
            found.Should().BeEmpty($"{paths[path]} must parse and bind cleanly");
        }
    }

    [Fact]
    public void KustoCheck_ReportsAWrongColumnAndABrokenPipe()
    {
        var query = SiemFixture.Small.File("siem/sentinel/Event/daily-alert.kql").Text();
        using var folder = new TempFolder("smbpol-kql");
        var wrongColumn = folder.Write("wrong-column.kql", query.Replace("EventLog in", "Channel in", StringComparison.Ordinal));
        var brokenPipe = folder.Write("broken-pipe.kql", query.Replace("| summarize", "| summarize by", StringComparison.Ordinal));

        var diagnostics = KustoParser.Check([wrongColumn, brokenPipe]);

        diagnostics[wrongColumn].Should().Contain(d => d.Contains("Channel", StringComparison.Ordinal), "the Event table has EventLog, not Channel");
        diagnostics[brokenPipe].Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void AnalyticsRules_HoldTheQueryFileTextAndTheFieldsSentinelNeeds(string caseName)
    {
        var rules = SiemFixture.Files(caseName, "sentinel/", ".yaml");
        rules.Should().HaveCount(6, "three alerting kinds for each table");
        foreach (var rule in rules)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(rule.Text()));
            var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
            string Value(string key) => ((YamlScalarNode)root[key]).Value!;

            var kqlPath = rule.RelativePath.Replace("/analytics/", "/", StringComparison.Ordinal).Replace(".yaml", ".kql", StringComparison.Ordinal);
            Value("query").Should().Be(SiemFixture.Of(caseName).File(kqlPath).Text(), rule.RelativePath);
            Guid.TryParse(Value("id"), out _).Should().BeTrue();
            Value("kind").Should().Be("Scheduled");
            Value("severity").Should().BeOneOf("Medium", "High");
            Value("queryFrequency").Should().MatchRegex("^[0-9]+[hd]$");
            Value("triggerOperator").Should().Be("gt");
            Value("description").Should().Contain(SiemFixture.Of(caseName) == SiemFixture.Hostile ? HostileText.PolicyName : "small-estate");
            var table = rule.RelativePath.Split('/')[2];
            var connectors = (YamlSequenceNode)root["requiredDataConnectors"];
            ((YamlScalarNode)((YamlSequenceNode)((YamlMappingNode)connectors[0])["dataTypes"])[0]).Value.Should().Be(table);
            var columns = ((YamlSequenceNode)root["entityMappings"]).SelectMany(e => (YamlSequenceNode)((YamlMappingNode)e)["fieldMappings"])
                .Select(m => ((YamlScalarNode)((YamlMappingNode)m)["columnName"]).Value).ToList();
            columns.Should().Equal("ClientHost", "ClientAddress");
            Value("query").Should().Contain("ClientHost = ").And.Contain("ClientAddress = ");
        }
    }
}
