using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests.Catalogue;

/// <summary>
/// Every catalogue setting with an Intune CSP path cites Microsoft's Policy CSP reference: the page of the path's area
/// (policy-csp-lanmanserver, -lanmanworkstation, -localpoliciessecurityoptions) at the node's section; docs/intune.md
/// shows each citation.
/// </summary>
public class CspCitationTests
{
    private const string Pages = "https://learn.microsoft.com/windows/client-management/mdm/";
    private const string Config = "./Device/Vendor/MSFT/Policy/Config/";
    private static readonly string[] Areas = ["LanmanServer", "LanmanWorkstation", "LocalPoliciesSecurityOptions"];

    public static TheoryData<string> SettingsWithCsp() => [.. ControlCatalogue.AllSettings.Where(s => s.IntuneCsp is not null).Select(s => s.Id).Distinct()];

    [Theory]
    [MemberData(nameof(SettingsWithCsp))]
    public void Setting_WithACspPath_CitesItsAreasPageAtTheNode(string id)
    {
        var setting = ControlCatalogue.AllSettings.First(s => s.Id == id);
        setting.IntuneCsp.Should().StartWith(Config);
        var (area, node) = (setting.IntuneCsp![Config.Length..].Split('/')[0], setting.IntuneCsp.Split('/')[^1]);
        area.Should().BeOneOf(Areas);

        setting.IntuneCspReference.Should().Be($"{Pages}policy-csp-{area.ToLowerInvariant()}#{node.ToLowerInvariant()}");
    }

    [Fact]
    public void Setting_WithoutACspPath_CitesNothing() =>
        ControlCatalogue.AllSettings.Where(s => s.IntuneCsp is null).Should().OnlyContain(s => s.IntuneCspReference == null);

    [Fact]
    public void IntuneDoc_ShowsEveryCitation()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "intune.md"));

        foreach (var setting in ControlCatalogue.AllSettings.Where(s => s.IntuneCsp is not null))
        {
            doc.Should().Contain($"| `{setting.IntuneCsp![Config.Length..]}` |").And.Contain($"({setting.IntuneCspReference})", setting.Id);
        }
    }
}
