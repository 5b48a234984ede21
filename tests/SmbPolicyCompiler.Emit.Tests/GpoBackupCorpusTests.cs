using System.Xml.Linq;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// Our Backup.xml held against every real GPMC backup under tests/corpus/gpo-backups: the same element structure
/// (SecurityGroups, FilePaths, core settings with the SecurityDescriptor, extensions), and — read by Samba's NDR
/// (tests/tools/samba-backup-xml), not by us — GPMC's default GPO DACL less the ACEs of the domain's own principals,
/// with SecurityGroups listing exactly the domain principals of the DACL, as GPMC does. Our gpreport.xml likewise:
/// the shape of every corpus report, the backup's own DACL, and exactly the settings its registry.pol and GptTmpl.inf
/// carry as Samba's parsers read them.
/// </summary>
[Trait("Category", "Interop")]
public class GpoBackupCorpusTests
{
    private static readonly XNamespace Bkp = "http://www.microsoft.com/GroupPolicy/GPOOperations";
    private static readonly XNamespace Report = "http://www.microsoft.com/GroupPolicy/Settings";
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));

    private static IReadOnlyList<string> CorpusBackups { get; } =
        Directory.EnumerateFiles(RepoPaths.Tests("corpus", "gpo-backups"), "Backup.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void BackupXml_HasTheElementStructureOfEveryCorpusBackup()
    {
        CorpusBackups.Should().HaveCountGreaterThanOrEqualTo(11);
        var ours = OurBackups().Select(b => (b.Path, Shape: Shape(XDocument.Parse(b.Text)))).ToList();
        ours.Should().NotBeEmpty();
        foreach (var corpus in CorpusBackups)
        {
            var expected = Shape(XDocument.Load(corpus));
            foreach (var (path, shape) in ours)
            {
                shape.Should().Equal(expected, $"{path} against {Path.GetRelativePath(RepoPaths.Root, corpus)}");
            }
        }

        foreach (var (_, text) in OurBackups())
        {
            var core = XDocument.Parse(text).Descendants(Bkp + "GroupPolicyCoreSettings").Single();
            core.Element(Bkp + "SecurityDescriptor")!.Value.Should().MatchRegex("^[0-9a-f]{2}( [0-9a-f]{2})+$", "GPMC writes the descriptor as lower-case hex bytes");
        }
    }

    [Fact]
    public void BackupXml_SecurityDescriptor_IsGpmcsDefaultWithoutTheDomainsOwnPrincipals_AsSambaReadsIt()
    {
        using var folder = new TempFolder("smbpol-backupxml");
        var ours = OurBackups().Select((b, i) => folder.Write($"{i}/Backup.xml", b.Text)).ToList();
        var read = SambaBackupXml.Read([.. CorpusBackups, .. ours]);

        foreach (var corpus in CorpusBackups)
        {
            var backup = read[corpus];
            var domainSids = backup.Aces.Select(a => a.Sid).Where(IsDomainSid).Distinct().Order(StringComparer.Ordinal).ToList();
            domainSids.Should().NotBeEmpty("GPMC gives the creator, Domain Admins and Enterprise Admins full control");
            backup.Groups.Where(g => g.Source == "FromDACL").Select(g => g.Sid).Order(StringComparer.Ordinal)
                .Should().Equal(domainSids, $"GPMC lists the domain principals of the DACL in SecurityGroups ({corpus})");
            var wellKnown = backup.Aces.Where(a => !IsDomainSid(a.Sid)).Select(a => a.Sddl).ToList();
            foreach (var path in ours)
            {
                read[path].Aces.Select(a => a.Sddl).Should().Equal(wellKnown, $"our DACL is GPMC's without the domain's own principals ({corpus})");
                read[path].Sddl.Should().StartWith("D:PAI(", "protected and auto-inherited, no owner or group, like GPMC's");
            }
        }

        foreach (var path in ours)
        {
            read[path].Groups.Should().BeEmpty("our DACL names no principal of the domain");
        }
    }

    [Fact]
    public void GpReport_HasTheShapeOfEveryCorpusReport()
    {
        var corpus = CorpusBackups.Select(b => Path.Combine(Path.GetDirectoryName(b)!, "gpreport.xml")).ToList();
        corpus.Should().OnlyContain(r => File.Exists(r));
        var ours = Small.Value.Files.Where(f => f.RelativePath.EndsWith("/gpreport.xml", StringComparison.Ordinal)).ToList();
        ours.Should().HaveCount(OurBackups().Count());
        foreach (var report in ours)
        {
            report.Content.AsSpan(0, 2).ToArray().Should().Equal([0xFF, 0xFE], "GPMC writes gpreport.xml as UTF-16LE with a byte order mark");
            var shape = ReportShape(report.Content);
            foreach (var expected in corpus.Select(File.ReadAllBytes).Select(ReportShape))
            {
                shape.Top.Should().Equal(expected.Top.Where(n => n != "LinksTo"), $"{report.RelativePath}: an imported backup is not linked yet");
                shape.User.Should().Equal(expected.User.Where(n => n != "ExtensionData"), "the user half is disabled and empty");
                shape.Descriptor.Should().Equal(expected.Descriptor.Where(n => n is not ("Owner" or "Group")), "the descriptor has no owner or group (as in Backup.xml)");
            }

            shape.Computer.Should().StartWith(["VersionDirectory", "VersionSysvol", "Enabled", "ExtensionData"]).And.OnlyContain(n => n == "ExtensionData" || shape.Computer.IndexOf(n) < 3);
            shape.Extensions.Should().OnlyContain(e => e == "Extension,Name", "every ExtensionData is its Extension, then its Name");
        }
    }

    [Fact]
    public void GpReport_ShowsTheBackupsDacl_AndExactlyTheSettingsItsFilesCarry_AsSambaReadsThem()
    {
        using var folder = new TempFolder("smbpol-gpreport");
        foreach (var file in Small.Value.Files)
        {
            folder.Write(file.RelativePath, file.Content);
        }

        var ours = OurBackups().Select(b => folder.Combine(b.Path)).ToList();
        var read = SambaBackupXml.Read([.. CorpusBackups, .. ours]);
        foreach (var corpus in CorpusBackups)
        {
            read[corpus].ReportSddl.Should().NotBeNull();
            DomainNeutral(read[corpus].ReportSddl!).Should().Be(DomainNeutral(read[corpus].Sddl), $"GPMC's report shows the backup's own DACL ({corpus})");
        }

        foreach (var path in ours)
        {
            read[path].ReportSddl.Should().Be(read[path].Sddl, path);
            var carried = SambaGpoDump.Dump(Path.GetDirectoryName(path)!).Where(l => !l.StartsWith('#')).Select(Carried).ToList();
            carried.Should().NotBeEmpty();
            var shown = read[path].ReportSettings.Select(l => l.Split(" | ")).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            shown.Keys.Order(StringComparer.Ordinal).Should().Equal(carried.Select(c => c.Path).Order(StringComparer.Ordinal), $"{path} shows what registry.pol and GptTmpl.inf carry");
            foreach (var (valuePath, data, _) in carried.Where(c => c.Dword))
            {
                shown[valuePath].Should().Be(data, $"{valuePath} in {path}");
            }
        }
    }

    /// <summary>A samba-gpo-dump line: the value's path as the report names it, and its data (decimal for a REG_DWORD).</summary>
    private static (string Path, string Data, bool Dword) Carried(string line)
    {
        var parts = line.Split(" | ");
        return parts[0] == "inf" ? (parts[1], parts[3], parts[2] == "REG_DWORD") : (parts[0] + "\\" + parts[1], parts[3], parts[2] == "REG_DWORD");
    }

    private static string DomainNeutral(string sddl) => System.Text.RegularExpressions.Regex.Replace(sddl, @"S-1-5-21-\d+-\d+-\d+-", "S-1-5-21-DOMAIN-");

    private static (List<string> Top, List<string> Computer, List<string> User, List<string> Descriptor, List<string> Extensions) ReportShape(byte[] bytes)
    {
        var text = System.Text.Encoding.Unicode.GetString(bytes.AsSpan(2));
        var root = XDocument.Parse(text).Root!;
        List<string> Names(XElement? e) => e?.Elements().Select(c => c.Name.LocalName).ToList() ?? [];
        var computer = root.Element(Report + "Computer");
        return (Names(root), Names(computer), Names(root.Element(Report + "User")), Names(root.Element(Report + "SecurityDescriptor")),
            computer!.Elements(Report + "ExtensionData").Select(e => string.Join(',', Names(e))).ToList());
    }

    private static bool IsDomainSid(string sid) => sid.StartsWith("S-1-5-21-", StringComparison.Ordinal);

    private static IEnumerable<(string Path, string Text)> OurBackups() =>
        Small.Value.Files.Where(f => f.RelativePath.EndsWith("/Backup.xml", StringComparison.Ordinal)).Select(f => (f.RelativePath, f.Text()));

    /// <summary>The element names of a backup scheme: GroupPolicyObject's children (runs of one name once), then the core settings'.</summary>
    private static List<string> Shape(XDocument backup)
    {
        var gpo = backup.Root!.Element(Bkp + "GroupPolicyObject")!;
        var top = new List<string>();
        foreach (var name in gpo.Elements().Select(e => e.Name.LocalName).Where(name => top.Count == 0 || top[^1] != name))
        {
            top.Add(name);
        }

        return [.. top, .. gpo.Element(Bkp + "GroupPolicyCoreSettings")!.Elements().Select(e => "core/" + e.Name.LocalName)];
    }
}
