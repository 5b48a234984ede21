using System.Diagnostics;
using System.Text;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

public sealed class InventoryFuzzTests
{
    private const string Valid = "#TYPE Selected.System.Management.Automation.PSCustomObject\r\n\"ComputerName\";\"IPv4Address\";\"ManagedBy\";\"Site\"\r\n" +
                                 "\"WS-9\";\"10.2.3.4\";\"team-x\";\"Lyon\"\r\n\"PRN-1\";\"10.2.3.9\";\"facilities\";\"Paris\"\r\n";

    [Fact]
    public void Read_MutatedClientInventory_IsReadOrRefusedWithAMessageNamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("clients.csv");
        var watch = Stopwatch.StartNew();
        foreach (var (number, bytes) in ByteMutations.Of(Encoding.UTF8.GetBytes(Valid), 1500))
        {
            File.WriteAllBytes(path, bytes);
            try
            {
                var inventory = ClientInventoryReader.Read(path);
                inventory.Warnings.Should().NotContain(w => !w.StartsWith(path, StringComparison.Ordinal), $"case {number}");
            }
            catch (InventoryException e)
            {
                e.Message.Should().StartWith(path, $"case {number}");
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {number} threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
            }
        }

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }
}
