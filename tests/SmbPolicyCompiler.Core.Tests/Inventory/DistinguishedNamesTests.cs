using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

/// <summary>DNs compare case-insensitively with the spaces around each comma-separated part ignored.</summary>
public class DistinguishedNamesTests
{
    [Theory]
    [InlineData("CN=FS01, OU=File Servers ,DC=Corp,DC=Example", "cn=fs01,ou=file servers,dc=corp,dc=example")]
    [InlineData(" OU=Servers ,, DC=corp ", "ou=servers,,dc=corp")]
    [InlineData("", "")]
    [InlineData(",", ",")]
    [InlineData("ou=already,dc=lower", "ou=already,dc=lower")]
    public void Normalize_TrimsEachPartAndLowersCase(string dn, string expected) =>
        DistinguishedNames.Normalize(dn).Should().Be(expected);

    [Fact]
    public void Normalize_ALongDn_IsNormalizedWhole()
    {
        var parts = Enumerable.Range(0, 100).Select(i => $" OU=Level{i} ").ToList();
        DistinguishedNames.Normalize(string.Join(",", parts)).Should().Be(string.Join(",", parts.Select(p => p.Trim().ToLowerInvariant())));
    }

    [Fact]
    public void Normalize_ANormalizedDn_IsReturnedAsItIs() // no copy per computer in the inventory index
    {
        var dn = "cn=h1,ou=servers,dc=corp";
        DistinguishedNames.Normalize(dn).Should().BeSameAs(dn);
        DistinguishedNames.IsUnder("CN=H1, OU=Servers,DC=Corp", "ou=servers , dc=corp").Should().BeTrue();
    }
}
