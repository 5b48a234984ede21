using System.Text.Json;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>
/// The daily alert threshold comes from the policy's monitors section, per ring: the small estate with pilot at 3,
/// main at 12 and policy.monitors at 7 (for servers in no ring). The lookups carry each host's ring threshold, the
/// KQL and SPL compare against that column (their text is the same for every ring), and Sigma, which cannot join a
/// lookup, has one correlation per ring with that ring's number.
/// </summary>
public sealed partial class DailyThresholdTests : IDisposable
{
    private const int Pilot = 3;
    private const int Main = 12;
    private const int PolicyWide = 7;

    private readonly TempFolder _temp = new("smbpol-thresholds");
    private readonly EmitResult _result;

    public DailyThresholdTests()
    {
        FolderSnapshot.CopyTree(EmitFixture.Case("small"), _temp.Path);
        Edit("rings.yaml", "  - name: pilot\n", $"  - name: pilot\n    monitors:\n      auditThresholds: {{ threshold: {Pilot} }}\n");
        Edit("rings.yaml", "  - name: main\n", $"  - name: main\n    monitors:\n      auditThresholds: {{ threshold: {Main} }}\n");
        File.AppendAllText(_temp.Combine("policy.yaml"), $"  monitors:\n    auditThresholds: {{ threshold: {PolicyWide} }}\n");
        _result = PolicyEmitter.Emit(EmitFixture.Resolve(_temp.Path));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryLookup_CarriesTheThresholdOfEachHostsRing()
    {
        var expected = new Dictionary<string, string> { ["pilot"] = $"{Pilot}", ["main"] = $"{Main}", [""] = $"{PolicyWide}" };
        var watchlist = LookupTests.ReadCsv(_result.File("siem/lookup/sentinel-watchlist.csv").Text());
        var splunk = LookupTests.ReadCsv(_result.File("siem/lookup/smbpol_hosts.csv").Text());
        watchlist[0][5].Should().Be("DailyThreshold");
        splunk[0][5].Should().Be("daily_threshold");

        var rows = watchlist.Skip(1).ToList();
        rows.Select(r => r[2]).Distinct().Should().Contain(["pilot", "main"]);
        rows.Should().OnlyContain(r => r[5] == expected[r[2]]);
        splunk.Skip(1).Select(r => (r[0], r[5])).Should().Equal(rows.Select(r => (r[0], r[5])));

        var bulk = _result.File("siem/lookup/elastic-hosts.ndjson").Text().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 1)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        bulk.Select(d => (d.GetProperty("host_key").GetString()!, d.GetProperty("daily_threshold").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(rows.Select(r => (r[0], r[5])));
        using var enrich = JsonDocument.Parse(_result.File("siem/elastic/enrich-policy.json").Text());
        enrich.RootElement.GetProperty("match").GetProperty("enrich_fields").EnumerateArray().Select(e => e.GetString()).Should().Contain("daily_threshold");
    }

    [Trait("Category", "Interop")]
    [Theory]
    [InlineData("Event")]
    [InlineData("WindowsEvent")]
    public void KqlDailyAlert_ComparesWithTheWatchlistThresholdAndParses(string table)
    {
        var kql = _result.File($"siem/sentinel/{table}/daily-alert.kql").Text();
        var lines = kql.Split('\n');

        lines.Should().Contain($"let DefaultThreshold = {PolicyWide};");
        var hosts = lines.Single(l => l.Contains("| project HostKey = ", StringComparison.Ordinal));
        hosts.Should().Contain("DailyThreshold = tolong(DailyThreshold)");
        var order = new[]
        {
            "| lookup kind=leftouter SmbpolHosts on HostKey",
            "| extend Threshold = coalesce(DailyThreshold, DefaultThreshold)",
            "| summarize ",
            "| where Events > Threshold",
        }.Select(step => Array.FindIndex(lines, l => l.StartsWith(step, StringComparison.Ordinal))).ToList();
        order.Should().OnlyContain(i => i >= 0).And.BeInAscendingOrder();
        lines[order[2]].Should().EndWith("by Client, Ring, Threshold");
        kql.Should().NotMatchRegex(@"\b(3|12)\b(?!\d)", "no ring's number is written into the query; the watchlist holds them");

        using var folder = new TempFolder("smbpol-kql");
        var path = folder.Write("daily-alert.kql", kql);
        KustoParser.Check([path])[path].Should().BeEmpty();
    }

    [Fact]
    public void SplDailyAlert_ComparesWithTheLookupThreshold()
    {
        var lines = _result.File("siem/splunk/daily-alert.spl").Text().Split('\n');

        var lookup = Array.FindIndex(lines, l => l.StartsWith("| lookup smbpol_hosts host_key AS HostKey OUTPUT ", StringComparison.Ordinal));
        lookup.Should().BeGreaterThanOrEqualTo(0);
        lines[lookup].Split(" OUTPUT ")[1].Split(", ").Should().Equal("ring AS Ring", "daily_threshold AS Threshold");
        var coalesce = Array.IndexOf(lines, $"| eval Threshold=coalesce(tonumber(Threshold), {PolicyWide})");
        var stats = Array.FindIndex(lines, l => l.StartsWith("| stats ", StringComparison.Ordinal));
        var where = Array.IndexOf(lines, "| where Events > Threshold");
        new[] { lookup, coalesce, stats, where }.Should().OnlyContain(i => i >= 0).And.BeInAscendingOrder();
        lines[stats].Should().EndWith("BY Client, Ring, Threshold");
        lines.Should().NotContain(l => l.StartsWith("| fillnull", StringComparison.Ordinal) && l.Contains("Threshold", StringComparison.Ordinal), "a missing threshold takes the policy's number, not \"(none)\"");
    }

    [Trait("Category", "Interop")]
    [Fact]
    public void SigmaDailyAlerts_HaveOneCorrelationPerRingWithItsThresholdAndValidate()
    {
        var rules = _result.Files.Where(f => f.RelativePath.StartsWith("siem/sigma/rules/smbpol_daily_alert_", StringComparison.Ordinal)).ToList();
        var thresholds = rules.ToDictionary(
            f => Path.GetFileNameWithoutExtension(f.RelativePath),
            f => ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)SigmaRuleTests.Load(f.Text())["correlation"])["condition"])["gt"]).Value);

        thresholds.Should().Equal(new Dictionary<string, string?> { ["smbpol_daily_alert_pilot"] = $"{Pilot}", ["smbpol_daily_alert_main"] = $"{Main}" });
        using var folder = new TempFolder("smbpol-sigma");
        SigmaSchema.Problems(SiemFixture.WriteAll(folder, rules).Keys).Should().BeEmpty();
    }

    [Theory]
    [InlineData("pilot", Pilot)]
    [InlineData("main", Main)]
    public void SiemAndTheRingsMonitorScript_UseTheSameThreshold(string ring, int threshold)
    {
        var script = _result.File($"{ring}/monitors/Monitor-AuditThresholds.ps1").Text();
        ThresholdLine().Match(script).Groups[1].Value.Should().Be($"{threshold}");
    }

    private void Edit(string file, string from, string to)
    {
        var path = _temp.Combine(file);
        var text = File.ReadAllText(path);
        text.Should().Contain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?m)^\$Threshold = (\d+)\r?$")]
    private static partial Regex ThresholdLine();
}
