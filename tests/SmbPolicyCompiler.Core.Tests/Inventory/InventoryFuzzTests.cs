using System.Diagnostics;
using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

public sealed class InventoryFuzzTests
{
    private const string Valid = """
        #TYPE Selected.Microsoft.ActiveDirectory.Management.ADComputer
        "Name","DNSHostName","DistinguishedName","MemberOf","OperatingSystem","OperatingSystemVersion"
        "FS01","fs01.corp.example.com","CN=FS01,OU=File Servers,DC=corp,DC=example,DC=com","CN=SG-Servers,OU=Groups,DC=corp,DC=example,DC=com","Windows Server 2022 Standard","10.0 (20348)"
        "WS7","ws7.corp.example.com","CN=WS7,OU=Old,DC=corp,DC=example,DC=com","","Windows 7 Enterprise","6.1 (7601)"
        "FS02","fs02.corp.example.com","CN=FS02,OU=File Servers,DC=corp,DC=example,DC=com","CN=SG-Servers,OU=Groups,DC=corp,DC=example,DC=com","Windows Server 2019","10.0 (17763)"
        """;

    [Fact]
    public void Read_MutatedInventory_NeverThrowsAndEveryDiagnosticNamesTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("computers.csv");
        var slowest = TimeSpan.Zero;
        foreach (var (number, bytes) in ByteMutations.Of(Encoding.UTF8.GetBytes(Valid), 1500))
        {
            File.WriteAllBytes(path, bytes);
            var bag = new DiagnosticBag();
            var watch = Stopwatch.StartNew();
            ComputerInventory? inventory;
            try
            {
                inventory = InventoryReader.Read(path, "computers.csv", bag);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {number} threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            bag.Should().NotContain(d => d.Location.Path != "computers.csv" || !(d.Code == "SMB0030" || d.Code == "SMB0031"), $"case {number}");
            (inventory is not null || bag.Any(d => d.Code == "SMB0030")).Should().BeTrue($"case {number}: no inventory must say why");
        }

        slowest.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }
}
