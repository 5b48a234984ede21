using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

/// <summary>The wildcard index (by literal prefix or suffix) finds exactly what trying every computer finds.</summary>
public class WildcardIndexTests
{
    private static readonly ComputerInventory Inventory = Build();

    [Theory]
    [InlineData("*-sql", new[] { "APP1-SQL", "DB-SQL" })]
    [InlineData("*-SQL.corp.example.com", new[] { "APP1-SQL", "DB-SQL" })]
    [InlineData("*.corp.example.com", new[] { "APP1-SQL", "DB-SQL", "FS01", "FS02", "NODNS-WEB.corp.example.com" })]
    [InlineData("*-web", new[] { "NODNS-WEB.corp.example.com" })]
    [InlineData("*s0?", new[] { "FS01", "FS02" })]
    [InlineData("*sql*", new[] { "APP1-SQL", "DB-SQL" })]
    [InlineData("fs*1", new[] { "FS01" })]
    public void MatchingWildcard_ByPrefixSuffixOrNeither_FindsEveryMatch(string pattern, string[] expected) =>
        Inventory.MatchingWildcard(pattern).Select(c => c.Name).Should().BeEquivalentTo(expected);

    [Fact]
    public void MatchingWildcard_ManyPatterns_GivesWhatTryingEveryComputerGives()
    {
        var random = new Random(1404);
        var pieces = new[] { "*", "?", "h", "00", "1", "-", "w", ".corp", "example", "com", "x", "*-" };
        var inventory = Synthetic();
        for (var i = 0; i < 1_000; i++)
        {
            var pattern = new StringBuilder();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                pattern.Append(pieces[random.Next(pieces.Length)]);
            }

            if (!HostNames.IsWildcard(pattern.ToString()))
            {
                pattern.Append('*');
            }

            var text = pattern.ToString();
            var expected = inventory.Computers.Where(c => HostNames.Matches(text, c.Name, c.DnsHostName)).Select(c => c.Name).Order(StringComparer.Ordinal);
            inventory.MatchingWildcard(text).Select(c => c.Name).Order(StringComparer.Ordinal).Should().Equal(expected, text);
        }
    }

    [Theory]
    [InlineData("a*")]
    [InlineData("ä*")]
    [InlineData("*1")]
    [InlineData("*z1")]
    public void MatchingWildcard_MixedCaseAndNonAsciiNames_InOrdinalOrderOfTheirLowerCase(string pattern)
    {
        // '_' sorts between 'Z' and 'a': only lower-case comparison puts "AZ1" after "a_1".
        var inventory = Parse("\"Name\"\n\"AZ1\"\n\"a_1\"\n\"Ab1\"\n\"Äz1\"\n\"äA1\"\n\"A-2\"\n\"ÄB-1\"\n\"bz1\"\n");
        var expected = inventory.Computers.Where(c => HostNames.Matches(pattern, c.Name, null))
            .Select(c => c.Name).OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal);
        inventory.MatchingWildcard(pattern).Select(c => c.Name).Should().Equal(expected);
    }

    private static ComputerInventory Build() => Parse("""
        "Name","DNSHostName","DistinguishedName"
        "FS01","fs01.corp.example.com","CN=FS01,OU=Servers,DC=corp,DC=example,DC=com"
        "FS02","fs02.corp.example.com","CN=FS02,OU=Servers,DC=corp,DC=example,DC=com"
        "APP1-SQL","app1-sql.corp.example.com","CN=APP1-SQL,OU=Servers,DC=corp,DC=example,DC=com"
        "DB-SQL","db-sql.corp.example.com","CN=DB-SQL,OU=Servers,DC=corp,DC=example,DC=com"
        "NODNS-WEB.corp.example.com","","CN=NODNS-WEB,OU=Servers,DC=corp,DC=example,DC=com"
        """);

    private static ComputerInventory Synthetic()
    {
        var csv = new StringBuilder("\"Name\",\"DNSHostName\"\n");
        for (var i = 0; i < 300; i++)
        {
            var name = i % 3 == 0 ? $"H{i:D4}-W{i % 7}" : i % 3 == 1 ? $"W{i % 11}-{i:D3}" : $"x{i}";
            csv.Append(CultureInfo.InvariantCulture, $"\"{name}\",\"{(i % 5 == 0 ? "" : name.ToLowerInvariant() + ".corp.example.com")}\"\n");
        }

        return Parse(csv.ToString());
    }

    private static ComputerInventory Parse(string csv)
    {
        var bag = new DiagnosticBag();
        var inventory = InventoryReader.Parse(csv, "computers.csv", bag);
        bag.Should().BeEmpty();
        return inventory!;
    }
}
