using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>
/// The host lookups, read back by readers we did not write (.NET's TextFieldParser for CSV, System.Text.Json for the
/// NDJSON and the ARM template): one row per policy host, the same rows in every SIEM's form, hostile names intact.
/// </summary>
public class LookupTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void EveryLookup_HasTheSameHostRows(string caseName)
    {
        var result = SiemFixture.Of(caseName);
        var sentinel = ReadCsv(result.File("siem/lookup/sentinel-watchlist.csv").Text());
        var splunk = ReadCsv(result.File("siem/lookup/smbpol_hosts.csv").Text());
        var elastic = ReadBulk(result.File("siem/lookup/elastic-hosts.ndjson").Text());

        sentinel[0].Should().Equal("ShortName", "Fqdn", "Ring", "Group", "Role", "DailyThreshold");
        splunk[0].Should().Equal("host_key", "fqdn", "ring", "group", "role", "daily_threshold");
        splunk.Skip(1).Should().BeEquivalentTo(sentinel.Skip(1), o => o.WithStrictOrdering());
        elastic.Should().BeEquivalentTo(sentinel.Skip(1), o => o.WithStrictOrdering());
        sentinel.Skip(1).Select(r => r[0]).Should().OnlyHaveUniqueItems().And.OnlyContain(k => k == k.ToLowerInvariant() && !k.Contains('.'));
    }

    [Fact]
    public void SmallEstate_LookupHasEveryHostWithItsRingAndGroup()
    {
        var rows = ReadCsv(SiemFixture.Small.File("siem/lookup/sentinel-watchlist.csv").Text()).Skip(1).ToList();
        var policy = EmitFixture.Resolve(EmitFixture.Case("small"));
        rows.Should().HaveCount(policy.Hosts.Select(h => h.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var host in policy.Hosts)
        {
            var row = rows.Single(r => r[0] == host.Key.ToLowerInvariant());
            row[2].Should().Be(host.Ring ?? string.Empty);
            row[3].Should().Be(host.Group);
            row[5].Should().Be(host.Ring is null ? "5" : policy.Ring(host.Ring)!.Monitor(Core.Model.MonitorKind.AuditThresholds).Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row[1].Should().EndWith("." + policy.Policy.Domain.ToLowerInvariant()).And.StartWith(row[0] + ".");
        }
    }

    [Fact]
    public void HostileEstate_KeepsRingAndGroupNamesExactly()
    {
        var rows = ReadCsv(SiemFixture.Hostile.File("siem/lookup/sentinel-watchlist.csv").Text());
        rows.Should().Contain(r => r[2] == HostileText.Ring && r[3] == HostileText.Group);
        rows.Where(r => r[2] == HostileText.Ring).Should().OnlyContain(r => r[5] == "9", "the hostile ring's monitors set its daily threshold to 9");
    }

    [Fact]
    public void WatchlistTemplate_CarriesTheCsvAndItsSearchKey()
    {
        var csv = SiemFixture.Hostile.File("siem/lookup/sentinel-watchlist.csv").Text();
        using var template = JsonDocument.Parse(SiemFixture.Hostile.File("siem/lookup/sentinel-watchlist.json").Text());
        var properties = template.RootElement.GetProperty("resources")[0].GetProperty("properties");

        properties.GetProperty("rawContent").GetString().Should().Be(csv);
        properties.GetProperty("watchlistAlias").GetString().Should().Be("smbpol_hosts");
        ReadCsv(csv)[0].Should().Contain(properties.GetProperty("itemsSearchKey").GetString());
        properties.GetProperty("description").GetString().Should().Contain(HostileText.PolicyName);
        var kql = SiemFixture.Hostile.File("siem/sentinel/Event/readiness-aggregate.kql").Text();
        kql.Should().Contain("_GetWatchlist(\"smbpol_hosts\")").And.Contain("SearchKey");
    }

    [Fact]
    public void SplunkTransforms_PointAtTheLookupFile()
    {
        var transforms = SiemFixture.Small.File("siem/splunk/transforms.conf").Text();
        transforms.Should().Contain("[smbpol_hosts]\nfilename = smbpol_hosts.csv\n");
        SiemFixture.Small.Files.Should().Contain(f => f.RelativePath == "siem/lookup/smbpol_hosts.csv");
    }

    internal static List<string[]> ReadCsv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private static List<string[]> ReadBulk(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.Should().BeGreaterThan(0).And.Subject.Should().Match(n => n % 2 == 0);
        var rows = new List<string[]>();
        for (var i = 0; i < lines.Length; i += 2)
        {
            using var action = JsonDocument.Parse(lines[i]);
            using var doc = JsonDocument.Parse(lines[i + 1]);
            var index = action.RootElement.GetProperty("index");
            index.GetProperty("_index").GetString().Should().Be("smbpol-hosts");
            var d = doc.RootElement;
            string Get(string name) => d.GetProperty(name).GetString()!;
            index.GetProperty("_id").GetString().Should().Be(Get("host_key"));
            rows.Add([Get("host_key"), Get("fqdn"), Get("ring"), Get("group"), Get("role"), d.GetProperty("daily_threshold").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return rows;
    }
}
