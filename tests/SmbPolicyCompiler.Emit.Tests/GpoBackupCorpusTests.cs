using System.Xml.Linq;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// Our Backup.xml held against every real GPMC backup under tests/corpus/gpo-backups: the same element structure
/// (SecurityGroups, FilePaths, core settings with the SecurityDescriptor, extensions), and — read by Samba's NDR
/// (tests/tools/samba-backup-xml), not by us — GPMC's default GPO DACL less the ACEs of the domain's own principals,
/// with SecurityGroups listing exactly the domain principals of the DACL, as GPMC does.
/// </summary>
[Trait("Category", "Interop")]
public class GpoBackupCorpusTests
{
    private static readonly XNamespace Bkp = "http://www.microsoft.com/GroupPolicy/GPOOperations";
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
