using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// Cases/hostile puts quotes of both kinds, $(), backticks, ';', ']]&gt;', '&lt;', '&amp;', smart quotes and non-ASCII
/// in every name a policy can hold. Every output must carry them as data: inside PowerShell single-quoted literals,
/// XML that parses back to the same text, .reg and INF that read back, and file names that are safe.
/// </summary>
public class HostileNameTests
{
    private const string Ring = "Ring 'q' \"d\" $(Invoke-Evil) `whoami` ; ]]> <b> & é中😀";
    private const string Prefix = "GPO 'q' $(Invoke-Evil) ]]> &";
    private const string Ou = "OU=O'Brien \"q\" $(Invoke-Evil) `whoami` ; ]]> <b> & é,DC=corp,DC=example,DC=com";
    private const string AdGroup = "SG ’$(Invoke-Evil)’ & <x> ]]> `whoami`";
    private const string LinkTo = "OU=Link ]]> 'q' $(Invoke-Evil),DC=corp,DC=example,DC=com";
    private const string ExceptionId = "EXC 'q' $(Invoke-Evil) ]]> <b>";
    private const string AdditionalKey = @"SOFTWARE\Policies\Contoso 'q' $(Invoke-Evil) & <b> é";
    private const string AdditionalName = "Val 'q' \"d\" & <b> ]]> `whoami`";
    private const string AdditionalData = "C:\\Program Files\\x \"q\" $(Invoke-Evil) 'q' ]]> é ’s’ ;";

    /// <summary>Text only hostile values contain: outside literals and comments it would be code.</summary>
    private static readonly string[] Markers = ["Invoke-Evil", "whoami", "Brien", "]]>", "<b>", "<x>", "é", "’"];

    private static readonly Lazy<EmitResult> Hostile = new(() => EmitFixture.Compile("hostile"));

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Hostile.Value.Files.Where(f => f.RelativePath.EndsWith(".ps1", StringComparison.Ordinal)))
        {
            data.Add(file.RelativePath);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_PolicyValuesAppearOnlyInSingleQuotedLiteralsAndComments(string path)
    {
        var segments = PowerShellLexer.Lex(Hostile.Value.File(path).Text());
        var code = segments.Where(s => s.Kind is PsSegmentKind.Code or PsSegmentKind.DoubleQuoted).ToList();
        foreach (var marker in Markers)
        {
            code.Should().NotContain(s => s.Text.Contains(marker, StringComparison.Ordinal), $"'{marker}' comes from the policy and must not be code in {path}");
        }
    }

    [Fact]
    public void ImportScript_CarriesEveryNameExactlyAsALiteral()
    {
        var ring = RingFolder();
        var literals = Literals($"{ring}/Import-{ring}.ps1");
        literals.Should().Contain(GpoNames.Side(Prefix, Ring, Side.Server));
        literals.Should().Contain(GpoNames.Filtered(GpoNames.Side(Prefix, Ring, Side.Client)));
        literals.Should().Contain(GpoNames.Exception(Prefix, Ring, ExceptionId));
        literals.Should().Contain([Ou, AdGroup, LinkTo, GpoNames.RingPrefix(Prefix, Ring), GpoNames.RingPrefix(Prefix, Ring + " - x")]);
    }

    [Fact]
    public void ApplyScriptAndDsc_CarryTheAdditionalSettingExactly()
    {
        var ring = RingFolder();
        Literals($"{ring}/powershell/Apply-Servers.ps1").Should().Contain([AdditionalKey, AdditionalName, AdditionalData, ExceptionId]);
        Literals($"{ring}/powershell/Rollback-Servers.ps1").Should().Contain("old 'v' $(Invoke-Evil)");
        Literals($"{ring}/dsc/SmbHardening-Servers.ps1").Should().Contain([@"HKLM:\" + AdditionalKey, AdditionalName, AdditionalData]);
    }

    [Fact]
    public void XmlFiles_ParseAndReadBackTheNames()
    {
        XNamespace bkp = "http://www.microsoft.com/GroupPolicy/GPOOperations";
        XNamespace manifest = "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest";
        var names = Hostile.Value.Files.Where(f => f.RelativePath.EndsWith("/Backup.xml", StringComparison.Ordinal))
            .Select(f => XDocument.Parse(f.Text()).Descendants(bkp + "DisplayName").Single().Value);
        names.Should().BeEquivalentTo(
            GpoNames.Side(Prefix, Ring, Side.Server), GpoNames.Side(Prefix, Ring, Side.Client), GpoNames.Exception(Prefix, Ring, ExceptionId));
        var comment = XDocument.Parse(Hostile.Value.File($"{RingFolder()}/gpo/manifest.xml").Text()).Descendants(manifest + "Comment").First().Value;
        comment.Should().Contain("Pol 'q' \"d\" $(Invoke-Evil) `whoami` ; ]]> <b> & é中😀 ’s’");
    }

    [Fact]
    public void RegFiles_ReadBackTheHostileValuesAndKeepCommentsOnOneLine()
    {
        var apply = Hostile.Value.File($"{RingFolder()}/registry/apply-servers.reg");
        var file = RegFileReader.Read(apply.Content);
        file.FindKey(@"HKEY_LOCAL_MACHINE\" + AdditionalKey)!.FindValue(AdditionalName)!.Value.Should().Be(RegistryValue.String(AdditionalData));
        var exception = Hostile.Value.Files.Single(f => f.RelativePath.Contains("/registry/exception-", StringComparison.Ordinal));
        var lines = exception.Text().Split("\r\n");
        lines.Should().Contain(l => l.StartsWith("; Ring ", StringComparison.Ordinal) && l.Contains("Reason with a newline #> <# ]]>", StringComparison.Ordinal));
        lines.Where(l => l.Length > 0 && !l.StartsWith("Windows Registry", StringComparison.Ordinal)).Select(l => l[0])
            .Should().OnlyContain(c => c == ';' || c == '[' || c == '"' || c == ' ', "every line is a comment, key, value or continuation");
    }

    [Fact]
    public void InfUnsafeSecurityOption_GoesToRegistryPolInstead()
    {
        var side = EmitFixture.Layout("hostile").First().Sides.Single(s => s.Side == Side.Server);
        side.Assignments.Single(a => a.Location.ValueName == "NullSessionShares").Carrier.Should().Be(Carrier.RegistryPol, "an item holds ','");
        side.Assignments.Single(a => a.Location.ValueName == "RequireSecuritySignature").Carrier.Should().Be(Carrier.SecurityTemplate);
    }

    [Fact]
    public void FileAndFolderNames_AreSafeSegments()
    {
        Hostile.Value.Files.Select(f => f.RelativePath).Should().OnlyContain(p =>
            Regex.IsMatch(p, @"^[A-Za-z0-9._{}/ -]+$"), "ring and exception names become hashed, readable segments");
    }

    private static string RingFolder() => Escape.FileNameSegment(Ring);

    private static List<string> Literals(string path) =>
        PowerShellLexer.Lex(Hostile.Value.File(path).Text()).Where(s => s.Kind == PsSegmentKind.SingleQuoted).Select(s => s.Text).ToList();
}
