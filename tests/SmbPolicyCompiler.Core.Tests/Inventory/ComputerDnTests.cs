using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

/// <summary>A DN kept as the computer's name and a shared container gives back the DN as read, and the same OU lookups.</summary>
public class ComputerDnTests
{
    [Theory]
    [InlineData("FS01", "CN=FS01,OU=File Servers, OU=Paris,DC=corp,DC=example,DC=com", true)]
    [InlineData("FS01", "CN=fs01,OU=Servers,DC=corp,DC=example,DC=com", false)] // the CN differs from the name in case
    [InlineData("FS01", "CN=FS01-OLD,OU=Servers,DC=corp,DC=example,DC=com", false)]
    [InlineData("FS,01", "CN=FS,01,OU=Servers,DC=corp,DC=example,DC=com", false)]
    [InlineData("FS01", "CN=FS01", false)]
    [InlineData("FS01", "CN=FS01,", false)]
    [InlineData("FS01", "OU=Servers,DC=corp", false)]
    [InlineData("FS01", null, false)]
    public void DistinguishedName_IsTheDnAsGiven_WhetherOrNotItsContainerIsKeptApart(string name, string? dn, bool apart)
    {
        var computer = new Computer(name, null, dn, [], null, null, null, 1);

        computer.DistinguishedName.Should().Be(dn);
        (computer.Container is not null).Should().Be(apart);
        (computer with { Name = "other" }).DistinguishedName.Should().Be(dn);
        (computer with { DistinguishedName = "CN=X,OU=Y" }).DistinguishedName.Should().Be("CN=X,OU=Y");
    }

    [Fact]
    public void Read_ComputersOfOneOu_ShareOneContainerAndAreFoundByEveryOuAboveThem()
    {
        const string csv = """
            "Name","DistinguishedName"
            "A1","CN=A1,OU=Web, OU=Paris,DC=corp,DC=example,DC=com"
            "A2","CN=A2,OU=Web, OU=Paris,DC=corp,DC=example,DC=com"
            "B1","CN=b1,OU=Web,OU=Paris,DC=corp,DC=example,DC=com"
            "C1","CN=C1,OU=Other,DC=corp,DC=example,DC=com"
            """;
        var bag = new DiagnosticBag();
        var inventory = InventoryReader.Parse(csv, "computers.csv", bag)!;

        bag.Should().BeEmpty();
        inventory.Computers[0].Container.Should().BeSameAs(inventory.Computers[1].Container);
        inventory.Computers[2].Container.Should().BeNull("its CN is not its name as written");
        inventory.InOrganizationalUnit("ou=web,ou=paris,dc=corp,dc=example,dc=com").Select(c => c.Name).Should().Equal("A1", "A2", "B1");
        inventory.InOrganizationalUnit("OU=Paris,DC=corp,DC=example,DC=com").Select(c => c.Name).Should().Equal("A1", "A2", "B1");
        inventory.InOrganizationalUnit("DC=corp,DC=example,DC=com").Select(c => c.Name).Should().Equal("A1", "A2", "B1", "C1");
    }
}
