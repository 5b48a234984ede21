using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>Every Sigma rule validates against the Sigma specification's schemas (python3-jsonschema, not our code).</summary>
[Trait("Category", "Interop")]
public class SigmaRuleTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void EverySigmaRule_ValidatesAgainstTheSigmaSchemas(string caseName)
    {
        var rules = SiemFixture.Files(caseName, "sigma/rules/", ".yml");
        rules.Should().NotBeEmpty();
        using var folder = new TempFolder("smbpol-sigma");
        var paths = SiemFixture.WriteAll(folder, rules);

        SigmaSchema.Problems(paths.Keys).Should().BeEmpty();
    }

    [Fact]
    public void SigmaCheck_RejectsARuleWithoutDetectionAndABadId()
    {
        using var folder = new TempFolder("smbpol-sigma");
        var text = SiemFixture.Small.File("siem/sigma/rules/smbpol_smb1_access.yml").Text();
        var noDetection = folder.Write("no-detection.yml", text[..text.IndexOf("detection:", StringComparison.Ordinal)]);
        var badId = folder.Write("bad-id.yml", System.Text.RegularExpressions.Regex.Replace(text, "(?m)^id: .*$", "id: not-a-uuid"));

        var problems = SigmaSchema.Problems([noDetection, badId]);

        problems.Should().Contain(p => p.StartsWith(noDetection, StringComparison.Ordinal) && p.Contains("detection", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith(badId, StringComparison.Ordinal) && p.Contains("id", StringComparison.Ordinal));
    }

    [Fact]
    public void DailyAlertCorrelations_CountTheirRingsBaseRuleOverTheThreshold()
    {
        var files = SiemFixture.Files("small", "sigma/rules/smbpol_daily_alert_", ".yml");
        files.Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).Should().BeEquivalentTo("smbpol_daily_alert_pilot", "smbpol_daily_alert_main");
        foreach (var file in files)
        {
            var root = Load(file.Text());
            var correlation = (YamlMappingNode)root["correlation"];
            var baseRule = ((YamlScalarNode)((YamlSequenceNode)correlation["rules"])[0]).Value!;
            var baseRoot = Load(SiemFixture.Small.File($"siem/sigma/rules/{baseRule}.yml").Text());
            ((YamlScalarNode)baseRoot["name"]).Value.Should().Be(baseRule);
            ((YamlScalarNode)((YamlMappingNode)correlation["condition"])["gt"]).Value.Should().Be("5");
            ((YamlScalarNode)((YamlSequenceNode)correlation["group-by"])[0]).Value.Should().Be("ClientName");
        }
    }

    [Fact]
    public void Smb1Incident_ListsExactlyTheServersOfRingsThatDisabledSmb1()
    {
        var root = Load(SiemFixture.Small.File("siem/sigma/rules/smbpol_smb1_incident.yml").Text());
        var computers = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["detection"])["ring_servers"])["Computer"]).Select(n => ((YamlScalarNode)n).Value).ToList();
        var lookup = SiemFixture.Small.File("siem/lookup/smbpol_hosts.csv").Text().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','));
        var smb1Kql = SiemFixture.Small.File("siem/sentinel/Event/smb1.kql").Text();
        var disabledRings = System.Text.RegularExpressions.Regex.Match(smb1Kql, @"Smb1DisabledRings = dynamic\(\[(.*)\]\)").Groups[1].Value.Split(", ").Select(r => r.Trim('"')).ToHashSet();
        var expected = lookup.Where(r => disabledRings.Contains(r[2]) && r[4] != "client").SelectMany(r => new[] { r[1], r[0] });
        computers.Should().BeEquivalentTo(expected);
        disabledRings.Should().NotBeEmpty();
    }

    [Fact]
    public void Pipeline_MapsTheCustomServicesToTheirChannels()
    {
        var root = Load(SiemFixture.Small.File("siem/sigma/pipelines/smbpol-logsources.yml").Text());
        var mappings = ((YamlSequenceNode)root["transformations"]).Cast<YamlMappingNode>().ToDictionary(
            t => ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)t["rule_conditions"])[0])["service"]).Value!,
            t => ((YamlScalarNode)((YamlMappingNode)t["conditions"])["Channel"]).Value);
        mappings.Should().Equal(new Dictionary<string, string?>
        {
            ["smbserver-audit"] = "Microsoft-Windows-SMBServer/Audit",
            ["smbserver-operational"] = "Microsoft-Windows-SMBServer/Operational",
        });
    }

    internal static YamlMappingNode Load(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }
}
