using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

public sealed class InventoryTests
{
    private const string Bfs1 = "BFS1.corp.example.com";

    private static readonly Dictionary<InventoryField, string> NoMap = [];

    private static ClientInventory Parse(string csv, IReadOnlyDictionary<InventoryField, string>? map = null) =>
        ClientInventoryReader.Parse(csv, "clients.csv", map ?? NoMap);

    [Fact]
    public void Inventory_JoinsByShortNameAndAddress_AndCountsClientsNoEventNamed()
    {
        var inventory = Parse("""
            Name,IP,Owner,Device Type,Location
            WS-1.corp.example.com,,alice@example.com,Laptop,Paris
            PRN-5,10.0.0.5,print-team,Konica C300,Chicago floor 2
            WS-2,,bob@example.com,Desktop,Paris
            WS-3,,carol@example.com,Desktop,Paris
            """);
        var log = new EventLog().Signing(Bfs1, @"\\WS-1", April(1)).Smb1(Bfs1, "10.0.0.5", April(1));

        var c = ReadinessRunner.Run(log, new ReadinessOptions { Inventory = inventory }).Control("broad", "serverSigning");

        c.ClientsSeen.Should().Be(2);
        c.InventoryClientsAdded.Should().Be(2);
        c.Denominator.Should().Be(4);
        var blocking = c.Blocking.Single();
        blocking.Inventory!.Owner.Should().Be("alice@example.com");
        blocking.Inventory.DeviceType.Should().Be("Laptop");
        blocking.Inventory.Location.Should().Be("Paris");
    }

    [Fact]
    public void Inventory_SemicolonsTypeLineAndOtherHeaderNames_AreUnderstood()
    {
        var inventory = Parse("#TYPE Selected.System.Management.Automation.PSCustomObject\r\n\"ComputerName\";\"IPv4Address\";\"ManagedBy\";\"Site\"\r\n\"WS-9\";\"10.2.3.4\";\"team-x\";\"Lyon\"\r\n");

        var client = inventory.Clients.Single();

        client.Should().Be(new InventoryClient("WS-9", "10.2.3.4", "team-x", null, "Lyon", 3));
        inventory.Find(NetworkName.Parse(@"\\10.2.3.4:445")!).Should().BeSameAs(client);
        inventory.Find(NetworkName.Parse("ws-9.corp.example.com")!).Should().BeSameAs(client);
    }

    [Fact]
    public void Inventory_ColumnMap_OverridesTheHeaderGuess()
    {
        var inventory = Parse("PC,Verantwortlich,Ort\nWS-1,ops,Berlin\n",
            new Dictionary<InventoryField, string> { [InventoryField.Host] = "PC", [InventoryField.Owner] = "Verantwortlich", [InventoryField.Location] = "Ort" });

        inventory.Clients.Single().Should().Be(new InventoryClient("WS-1", null, "ops", null, "Berlin", 2));
    }

    [Fact]
    public void Inventory_WithoutAHostColumn_FailsNamingTheColumnsAndTheFix()
    {
        var act = () => Parse("Owner,Location\nops,Berlin\n");

        act.Should().Throw<InventoryException>().WithMessage(
            "clients.csv(1): no column names the client (columns: 'Owner', 'Location'); name one Name, Host or IP, or map it with --inventory-column Host=<column>.");
    }

    [Fact]
    public void Inventory_MappedColumnMissing_FailsNamingTheHeader()
    {
        var act = () => Parse("Name,Owner\nWS-1,ops\n", new Dictionary<InventoryField, string> { [InventoryField.Location] = "Room" });

        act.Should().Throw<InventoryException>().WithMessage("clients.csv(1): the column 'Room' mapped to Location is not in the header (columns: 'Name', 'Owner'); fix --inventory-column.");
    }

    [Fact]
    public void Inventory_BadRows_AreSkippedWithTheirLineAndTheRestKept()
    {
        var inventory = Parse("Name,Owner\nWS-1,ops\n,nobody\nWS-1,again\n1.2.3,broken\nWS-2\n");

        inventory.Clients.Select(c => c.Name).Should().Equal("WS-1", "WS-2");
        inventory.Warnings.Should().Equal(
            "clients.csv(3): skipped: no usable host name or IP address.",
            "clients.csv(4): 'WS-1' is listed again; the first row is used.",
            "clients.csv(5): skipped: no usable host name or IP address.",
            "clients.csv(6): 1 field(s) where the header has 2; missing fields are taken as empty.");
    }

    [Fact]
    public void Inventory_ColumnMapText_ParsesAndRejectsUnknownFields()
    {
        InventoryColumns.TryParseMap(["Host=PC Name", "owner=Verantwortlich"], out var map, out _).Should().BeTrue();
        map.Should().BeEquivalentTo(new Dictionary<InventoryField, string> { [InventoryField.Host] = "PC Name", [InventoryField.Owner] = "Verantwortlich" });

        InventoryColumns.TryParseMap(["Colour=Blue"], out _, out var error).Should().BeFalse();
        error.Should().Be("'Colour' is not an inventory field; use one of Host, Address, Owner, DeviceType, Location.");
        InventoryColumns.TryParseMap(["Host"], out _, out error).Should().BeFalse();
        error.Should().Contain("write Field=Column");
    }

    [Fact]
    public void Inventory_MissingFile_FailsWithThePath()
    {
        var act = () => ClientInventoryReader.Read("/no/such/clients.csv");

        act.Should().Throw<InventoryException>().WithMessage("/no/such/clients.csv: the inventory cannot be read: *");
    }
}
