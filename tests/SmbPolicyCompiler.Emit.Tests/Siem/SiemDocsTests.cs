using System.Text.RegularExpressions;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>
/// docs/siem.md is what an admin deploys from without reading the code: the names it tells them to type (saved
/// searches, lookup columns, the watchlist alias) must be the ones compile writes.
/// </summary>
public partial class SiemDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "siem.md"));

    [Fact]
    public void EverySavedSearchTheDocNames_IsAStanzaOfSavedSearchesConf()
    {
        var stanzas = Regex.Matches(SiemFixture.Small.File("siem/splunk/savedsearches.conf").Text(), @"(?m)^\[(.+)\]$").Select(m => m.Groups[1].Value).ToList();
        var named = SavedSearchName().Matches(Doc).Select(m => m.Groups[1].Value).Distinct().ToList();

        named.Should().HaveCount(stanzas.Count, "the doc names every saved search").And.BeEquivalentTo(stanzas);
    }

    [Fact]
    public void LookupColumnsAndTheWatchlistAliasInTheDoc_AreWhatCompileWrites()
    {
        var flat = Regex.Replace(Doc, @"\s+", " ");
        foreach (var path in new[] { "siem/lookup/sentinel-watchlist.csv", "siem/lookup/smbpol_hosts.csv" })
        {
            var header = SiemFixture.Small.File(path).Text().Split('\n')[0];
            flat.Should().Contain($"`{header}`", "section 1 lists the file's columns");
            flat.Should().Contain($"`{header.Replace(",", ", ", StringComparison.Ordinal)}`", "section 3 says which columns the check shows");
        }

        flat.Should().Contain("alias **`smbpol_hosts`**").And.Contain("SearchKey **`ShortName`**");
        SiemFixture.Small.File("siem/sentinel/Event/daily-alert.kql").Text().Should().Contain("_GetWatchlist(\"smbpol_hosts\")");
    }

    [GeneratedRegex(@"`(smbpol - [^`]+)`")]
    private static partial Regex SavedSearchName();
}
