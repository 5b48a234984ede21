using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

public class InventoryTests
{
    private const string Csv = """
        #TYPE Selected.Microsoft.ActiveDirectory.Management.ADComputer
        "Name","DNSHostName","DistinguishedName","MemberOf","OperatingSystem","OperatingSystemVersion"
        "FS01","fs01.corp.example.com","CN=FS01,OU=File Servers, OU=Paris,DC=corp,DC=example,DC=com","CN=SG-Servers,OU=Groups,DC=corp,DC=example,DC=com;CN=SG-Other,OU=Groups,DC=corp,DC=example,DC=com","Windows Server 2022 Standard","10.0 (20348)"
        "WS7","ws7.corp.example.com","CN=WS7,OU=Old,DC=corp,DC=example,DC=com","","Windows 7 Enterprise","6.1 (7601)"
        """;

    private static ComputerInventory Load()
    {
        var bag = new DiagnosticBag();
        var inventory = InventoryReader.Parse(Csv, "computers.csv", bag);
        bag.Should().BeEmpty();
        return inventory!;
    }

    [Fact]
    public void Find_ByShortNameFqdnAnyCase_FindsTheComputer()
    {
        var inventory = Load();

        inventory.Find("fs01")!.Name.Should().Be("FS01");
        inventory.Find("FS01.corp.example.com")!.Build.Should().Be(20348);
    }

    [Fact]
    public void InOrganizationalUnit_MatchesTheOuAndBelowIgnoringCaseAndSpaces()
    {
        var inventory = Load();

        inventory.InOrganizationalUnit("ou=paris,dc=corp,dc=example,dc=com").Select(c => c.Name).Should().Equal("FS01");
        inventory.InOrganizationalUnit("OU=File Servers,OU=Paris,DC=corp,DC=example,DC=com").Should().ContainSingle();
        inventory.InOrganizationalUnit("OU=Lyon,DC=corp,DC=example,DC=com").Should().BeEmpty();
    }

    [Fact]
    public void InGroup_MatchesByCommonNameOrDn()
    {
        var inventory = Load();

        inventory.InGroup("SG-Servers").Should().ContainSingle();
        inventory.InGroup("CN=SG-Other,OU=Groups,DC=corp,DC=example,DC=com").Should().ContainSingle();
        inventory.InGroup("SG-Nobody").Should().BeEmpty();
    }

    [Fact]
    public void MatchingWildcard_UsesShortAndDnsNames() =>
        Load().MatchingWildcard("fs0?.corp.*").Select(c => c.Name).Should().Equal("FS01");

    [Fact]
    public void CannotEncrypt_Windows7_IsTrue()
    {
        var inventory = Load();

        inventory.Find("WS7")!.CannotEncrypt.Should().BeTrue();
        inventory.Find("FS01")!.CannotEncrypt.Should().BeFalse();
    }

    [Fact]
    public void Parse_NoNameColumn_ReportsTheColumnsToExport()
    {
        var bag = new DiagnosticBag();

        InventoryReader.Parse("Host,OS\nA,B\n", "c.csv", bag).Should().BeNull();

        bag.Single().Message.Should().Contain("no 'Name' or 'DNSHostName' column");
    }

    [Fact]
    public void Parse_HandMadeCsvWithSpacesAroundFields_TrimsThemOutsideQuotes()
    {
        var bag = new DiagnosticBag();

        var inventory = InventoryReader.Parse("Name , DNSHostName , MemberOf\n FS01 , fs01.corp.example.com , \" SG-Servers \"\n", "c.csv", bag);

        bag.Should().BeEmpty();
        var computer = inventory!.Find("FS01")!;
        computer.DnsHostName.Should().Be("fs01.corp.example.com");
        computer.Line.Should().Be(2);
    }
}
