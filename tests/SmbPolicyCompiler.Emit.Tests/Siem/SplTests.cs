using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>
/// No Splunk runs here: the SPL is kept reviewable by golden files, and this checks that every field a search reads
/// from an event is one the event XML carries (Splunk_TA_windows names XmlWinEventLog fields after the XML), that
/// policy values appear only inside SPL string literals, and that savedsearches.conf holds each .spl search.
/// </summary>
public partial class SplTests
{
    /// <summary>Splunk's own fields of every event.</summary>
    private static readonly string[] SplunkFields = ["_time", "source", "sourcetype", "host", "index"];

    /// <summary>
    /// EventData names of the SMBServer/SMBClient audit events and SMBServer/Operational 1003, from the SMBServer and
    /// SMBClient manifests (github.com/jdu2600/Windows10EtwEvents, 26H1 snapshot).
    /// </summary>
    private static readonly string[] ManifestFields =
    [
        "ClientNameLength", "ClientName", "UserNameLength", "UserName", "ServerRequiresSigning", "ServerRequiresEncryption",
        "SmbClientDoesNotSupportEncryptionType", "Status", "SPNValidationPolicy", "SPN", "ServiceClassIsValid", "PrincipalNameIsValid",
        "ServerNameLength", "ServerName", "ClientRequireSigning", "ClientRequireEncryption", "ShareName",
    ];

    /// <summary>SPL commands, keywords and eval/stats functions the generated searches use.</summary>
    private static readonly HashSet<string> Language =
    [
        "source", "IN", "eval", "if", "lower", "replace", "where", "isnotnull", "AND", "OR", "NOT", "stats", "count", "AS", "BY",
        "min", "max", "values", "mvindex", "substr", "split", "lookup", "OUTPUT", "fillnull", "value", "table", "sort", "case",
        "true", "false", "in", "floor", "fields", "coalesce", "tonumber",
    ];

    [Fact]
    public void EveryFieldReadFromAnEvent_IsOneTheEventXmlCarries()
    {
        var xml = XDocument.Load(RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Corpus", "EricZimmerman-evtx-maps", "Microsoft-Windows-SMBServer-Audit_Microsoft-Windows-SMBServer_3000.xml"));
        var systemFields = xml.Root!.Element("System")!.Elements().Select(e => e.Name.LocalName);
        var dataFields = xml.Descendants("Data").Select(d => (string)d.Attribute("Name")!);
        var eventFields = systemFields.Concat(dataFields).Concat(ManifestFields).Concat(SplunkFields).ToHashSet(StringComparer.Ordinal);
        var lookupColumns = SiemFixture.Small.File("siem/lookup/smbpol_hosts.csv").Text().Split('\n')[0].Split(',');

        foreach (var file in SiemFixture.Files("small", "splunk/", ".spl"))
        {
            var spl = file.Text();
            var code = Literal().Replace(Macro().Replace(spl, " "), " ");
            var defined = Assigned().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(Renamed().Matches(code).Select(m => m.Groups[1].Value))
                .Concat(MacroOutput().Matches(spl).Select(m => m.Groups[1].Value))
                .ToHashSet(StringComparer.Ordinal);
            var read = Identifier().Matches(code).Select(m => m.Value)
                .Where(i => !Language.Contains(i) && !defined.Contains(i) && !lookupColumns.Contains(i) && i != "smbpol_hosts")
                .Distinct().ToList();

            read.Should().NotBeEmpty();
            read.Should().OnlyContain(f => eventFields.Contains(f), $"{file.RelativePath} reads only fields the event XML carries, but reads {string.Join(", ", read.Where(f => !eventFields.Contains(f)))}");
            read.Should().Contain(["EventID", "Computer", "ClientName"]);
        }
    }

    [Fact]
    public void HostileNames_AppearOnlyInsideSplStringLiterals()
    {
        string[] markers = ["Invoke-Evil", "whoami", "]]>", "é中"];
        var searches = SiemFixture.Files("hostile", "splunk/", ".spl").Select(f => f.Text()).ToList();
        searches.Should().Contain(s => s.Contains("Invoke-Evil", StringComparison.Ordinal), "the hostile ring names reach the searches");
        foreach (var spl in searches)
        {
            var outside = Literal().Replace(spl, "\"\"");
            foreach (var marker in markers)
            {
                outside.Should().NotContain(marker);
            }

            foreach (Match literal in Literal().Matches(spl))
            {
                Unquote(literal.Value).Should().NotContain("\n");
            }
        }

        searches.SelectMany(s => Literal().Matches(s)).Select(m => Unquote(m.Value)).Should().Contain(HostileText.Ring);
    }

    [Fact]
    public void SavedSearches_HoldEachSearchOnOneLineWithSchedulesForTheAlerts()
    {
        var conf = SiemFixture.Hostile.File("siem/splunk/savedsearches.conf").Text();
        var stanzas = Regex.Split(conf, @"(?m)^\[").Skip(1).ToList();
        stanzas.Should().HaveCount(5);
        foreach (var spl in SiemFixture.Files("hostile", "splunk/", ".spl"))
        {
            var oneLine = string.Join(" ", spl.Text().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            conf.Should().Contain("search = " + oneLine + "\n");
        }

        stanzas.Count(s => s.Contains("enableSched = 1\ncron_schedule = ", StringComparison.Ordinal) && s.Contains("alert.track = 1", StringComparison.Ordinal)).Should().Be(3);
        conf.Split('\n').Should().OnlyContain(l => l.Length == 0 || l.StartsWith('#') || l.StartsWith('[') || Regex.IsMatch(l, @"^[A-Za-z_.]+ = \S"));
    }

    private static string Unquote(string literal) => Regex.Replace(literal[1..^1], @"\\(.)", "$1");

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex Macro();

    [GeneratedRegex(@"`smbpol_utc_iso\(\w+, (\w+)\)`")]
    private static partial Regex MacroOutput();

    [GeneratedRegex(@"(?:\beval |, )([A-Za-z_]\w*)=(?!=)")]
    private static partial Regex Assigned();

    [GeneratedRegex(@"\bAS ([A-Za-z_]\w*)")]
    private static partial Regex Renamed();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*")]
    private static partial Regex Identifier();
}
