using System.Text;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

/// <summary>Host wildcards match as the anchored, case-insensitive Regex they used to be compiled to ('*' → ".*", '?' → ".").</summary>
public class WildcardMatchTests
{
    [Theory]
    [InlineData("fs*", "FS01", true)]
    [InlineData("*-sql", "app1-SQL", true)]
    [InlineData("*-sql", "app1-sql2", false)]
    [InlineData("f?01", "FS01", true)]
    [InlineData("f?01", "F01", false)]
    [InlineData("*a*b", "xaxxab", true)]
    [InlineData("*a*b", "xaxxa", false)]
    [InlineData("**", "", true)]
    [InlineData("?", "", false)]
    [InlineData("web*.corp.example.com", "WEB7.corp.example.com", true)]
    public void Matches_Examples(string pattern, string name, bool expected) =>
        HostNames.Matches(pattern, name, null).Should().Be(expected);

    [Fact]
    public void Matches_RandomPatternsAndNames_AgreeWithTheAnchoredRegex()
    {
        var random = new Random(1405);
        var letters = "aAbB-.0?*xX";
        string Text(int most, string alphabet)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, most); n > 0; n--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            return text.ToString();
        }

        for (var i = 0; i < 20_000; i++)
        {
            var pattern = Text(8, letters);
            var name = Text(10, letters[..^2]);
            var dns = random.Next(3) == 0 ? null : Text(14, letters[..^2]);
            HostNames.Matches(pattern, name, dns).Should().Be(Reference(pattern, name, dns), $"'{pattern}' against '{name}' / '{dns}'");
        }
    }

    /// <summary>The matcher as it was: one anchored Regex per pattern.</summary>
    private static bool Reference(string pattern, string name, string? dns)
    {
        var regex = new Regex(
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return regex.IsMatch(name) || (dns is not null && regex.IsMatch(dns)) || (!pattern.Contains('.') && regex.IsMatch(HostNames.ShortName(name)));
    }
}
