using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Rules;

public class UnknownGroupInRingRuleTests
{
    [Fact]
    public void Check_RingListsKnownGroups_ReportsNothing() => With().Codes().Should().NotContain("SMB1001");

    [Fact]
    public void Check_RingListsMisspeltGroup_ReportsSMB1001WithSuggestion()
    {
        var d = With(rings: Rings.Replace("[servers, clients]", "[servrs, clients]")).Single("SMB1001");

        d.Message.Should().Contain("'servrs'").And.Contain("did you mean 'servers'");
        d.Location.Path.Should().Be("p/rings.yaml");
        d.Location.Line.Should().Be(3);
    }
}

public class DuplicateNameRuleTests
{
    [Fact]
    public void Check_UniqueNames_ReportsNothing() => With().Codes().Should().NotContain("SMB1002");

    [Fact]
    public void Check_TwoGroupsDifferingOnlyInCase_ReportsSMB1002()
    {
        var groups = Groups + "  - name: SERVERS\n    members: { hosts: [SRV9] }\n";

        var d = With(groups: groups).Single("SMB1002");

        d.Message.Should().Contain("group 'SERVERS' is already defined at p/groups.yaml(2,");
    }
}

public class GroupInTwoRingsRuleTests
{
    [Fact]
    public void Check_EachGroupInOneRing_ReportsNothing() => With().Codes().Should().NotContain("SMB1003");

    [Fact]
    public void Check_GroupListedByTwoRings_ReportsSMB1003()
    {
        var rings = Rings + "  - name: broad\n    groups: [servers]\n";

        With(rings: rings).Single("SMB1003").Message.Should().Contain("group 'servers' is in ring 'pilot' and again in ring 'broad'");
    }
}

public class HostInTwoGroupsRuleTests
{
    [Fact]
    public void Check_DisjointGroups_ReportsNothing() => With().Codes().Should().NotContain("SMB1004");

    [Fact]
    public void Check_HostNamedInTwoGroups_ReportsSMB1004AtSecondMention()
    {
        var groups = Groups.Replace("[WS1]", "[WS1, srv2.corp.example.com]");

        var d = With(groups: groups).Single("SMB1004");

        d.Message.Should().Contain("group 'clients'").And.Contain("group 'servers'");
        d.Location.Line.Should().Be(6);
    }
}

public class GroupInNoRingRuleTests
{
    [Fact]
    public void Check_AllGroupsInRings_ReportsNothing() => With().Codes().Should().NotContain("SMB1005");

    [Fact]
    public void Check_GroupInNoRing_ReportsSMB1005Warning()
    {
        var groups = Groups + "  - name: orphans\n    members: { hosts: [OLD1] }\n";

        var d = With(groups: groups).Single("SMB1005");

        d.Severity.Should().Be(Diagnostics.Severity.Warning);
        d.Message.Should().Contain("'orphans'");
    }
}

public class MembershipNeedsInventoryRuleTests
{
    [Fact]
    public void Check_OnlyHostNamesWithoutInventory_ReportsNothing() => With().Codes().Should().NotContain("SMB1006");

    [Fact]
    public void Check_OuWithoutInventory_ReportsSMB1006()
    {
        var groups = Groups.Replace("members: { hosts: [SRV1, SRV2] }", "members: { ous: [\"OU=Servers,DC=corp,DC=example,DC=com\"] }");

        With(groups: groups).Single("SMB1006").Message.Should().Contain("OU 'OU=Servers,DC=corp,DC=example,DC=com'");
    }
}

public class GroupMatchesNothingRuleTests
{
    private const string Inventory = "Name,DNSHostName,DistinguishedName,MemberOf\nSRV1,srv1.corp.example.com,\"CN=SRV1,OU=Servers,DC=corp,DC=example,DC=com\",\n";

    private static Compilation.PolicyCompilation LoadWithOu(string ou) => Load(
        ("policy.yaml", Policy + "  inventory: computers.csv\n"),
        ("computers.csv", Inventory),
        ("groups.yaml", $"groups:\n  - name: servers\n    members: {{ ous: [\"{ou}\"] }}\n"),
        ("rings.yaml", "rings:\n  - name: pilot\n    groups: [servers]\n"));

    [Fact]
    public void Check_OuWithComputers_ReportsNothing() =>
        LoadWithOu("OU=Servers,DC=corp,DC=example,DC=com").Codes().Should().NotContain("SMB1007");

    [Fact]
    public void Check_MisspeltOu_ReportsSMB1007()
    {
        var compilation = LoadWithOu("OU=Severs,DC=corp,DC=example,DC=com");

        compilation.Single("SMB1007").Message.Should().Contain("group 'servers' matches no host");
    }
}
