using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>How ring GPOs reach their groups: linked to OUs, or security-filtered at linkTo / the domain root.</summary>
public class GpoLinkTests
{
    private static readonly Lazy<IReadOnlyList<RingLayout>> Layouts = new(() => EmitFixture.Layout("small"));

    private static RingSide Side(string ring, Side side) => Layouts.Value.Single(r => r.Name == ring).Sides.Single(s => s.Side == side);

    [Fact]
    public void RingMixingOuAndAdGroupGroups_ImportsTheSameBackupTwice()
    {
        var imports = Side("main", Core.Catalogue.Side.Server).Imports;

        imports.Select(i => i.TargetName).Should().Equal("SMB Test - main - Servers", "SMB Test - main - Servers (filtered)");
        imports.Select(i => i.Gpo.BackupId).Distinct().Should().ContainSingle();
        imports[0].Filter.Should().BeNull();
        imports[0].Links.Should().Equal("OU=File,OU=Servers,DC=corp,DC=example,DC=com");
        imports[1].Filter!.Groups.Should().Equal("CN=SG-App,OU=Groups,DC=corp,DC=example,DC=com");
        imports[1].Links.Should().Equal(new[] { "OU=Servers,DC=corp,DC=example,DC=com" }, "the group's linkTo");
    }

    [Fact]
    public void HostNameGroup_IsFilteredToItsComputersIncludingWildcardMatches_AtTheDomainRoot()
    {
        var import = Side("pilot", Core.Catalogue.Side.Server).Imports.Should().ContainSingle().Subject;

        import.TargetName.Should().Be("SMB Test - pilot - Servers (filtered)");
        import.Filter!.Computers.Should().Equal("LAB01", "LAB10", "LAB11");
        import.Links.Should().Equal("DC=corp,DC=example,DC=com");
    }

    [Fact]
    public void ServerGpo_NeverReachesClientGroups_AndBothRoleGroupsGetBoth()
    {
        var servers = Side("pilot", Core.Catalogue.Side.Server).Imports.SelectMany(i => i.Links);
        var clients = Side("pilot", Core.Catalogue.Side.Client).Imports;

        servers.Should().NotContain("OU=Workstations,DC=corp,DC=example,DC=com");
        clients.Select(i => i.TargetName).Should().Equal("SMB Test - pilot - Clients", "SMB Test - pilot - Clients (filtered)");
        clients[0].Links.Should().Equal("OU=Workstations,DC=corp,DC=example,DC=com");
        clients[1].Filter!.Computers.Should().Equal("LAB01", "LAB10", "LAB11");
    }

    [Fact]
    public void RingSides_AreTheSidesOfItsGroups()
    {
        Layouts.Value.Single(r => r.Name == "main").Sides.Select(s => s.Side).Should().Equal(Core.Catalogue.Side.Server);
        Layouts.Value.Single(r => r.Name == "pilot").Sides.Select(s => s.Side).Should().Equal(Core.Catalogue.Side.Server, Core.Catalogue.Side.Client);
    }

    [Fact]
    public void ClientGpo_CarriesOnlyClientSettings()
    {
        Side("pilot", Core.Catalogue.Side.Client).Assignments.Should().OnlyContain(a => a.Setting!.Side == Core.Catalogue.Side.Client);
        Side("pilot", Core.Catalogue.Side.Server).Assignments.Should().OnlyContain(a => a.Setting!.Side == Core.Catalogue.Side.Server);
    }
}
