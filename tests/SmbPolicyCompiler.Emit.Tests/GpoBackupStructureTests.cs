using System.Xml.Linq;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>The GPMC backup folders: what Import-GPO needs to find in them (as in the real backups under tests/corpus/gpo-backups).</summary>
public class GpoBackupStructureTests
{
    private static readonly XNamespace Bkp = "http://www.microsoft.com/GroupPolicy/GPOOperations";
    private static readonly XNamespace Manifest = "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest";
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));

    public static TheoryData<string> BackupFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Small.Value.Files.Where(f => f.RelativePath.EndsWith("/Backup.xml", StringComparison.Ordinal)))
        {
            data.Add(folder.RelativePath[..^"/Backup.xml".Length]);
        }

        return data;
    }

    [Fact]
    public void Compile_SmallEstate_EveryXmlFileParses()
    {
        var xmlFiles = Small.Value.Files.Where(f => f.RelativePath.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        xmlFiles.Should().HaveCountGreaterThan(5);
        foreach (var file in xmlFiles)
        {
            var parse = () => XDocument.Parse(file.Text());
            parse.Should().NotThrow(file.RelativePath);
        }
    }

    [Theory]
    [MemberData(nameof(BackupFolders))]
    public void BackupXml_ListsEveryContentFileOfItsFolderWithPathAndLocation(string folder)
    {
        var backup = XDocument.Parse(Small.Value.File(folder + "/Backup.xml").Text());
        var listed = backup.Descendants(Bkp + "FSObjectFile")
            .Select(e => (Path: (string?)e.Attribute(Bkp + "Path"), Location: (string?)e.Attribute(Bkp + "Location")))
            .ToList();
        listed.Should().OnlyContain(f => f.Path != null && f.Path.StartsWith("%GPO_MACH_FSPATH%\\") && f.Location != null);
        var contentFiles = Small.Value.Files
            .Where(f => f.RelativePath.StartsWith(folder + "/DomainSysvol/", StringComparison.Ordinal))
            .Select(f => f.RelativePath[(folder.Length + 1)..].Replace('/', '\\'));
        listed.Select(f => f.Location).Should().BeEquivalentTo(contentFiles);
    }

    [Theory]
    [MemberData(nameof(BackupFolders))]
    public void BackupXml_NamesTheExtensionOfEachFileItHasAndNoOther(string folder)
    {
        var core = XDocument.Parse(Small.Value.File(folder + "/Backup.xml").Text()).Descendants(Bkp + "GroupPolicyCoreSettings").Single();
        var hasPol = Small.Value.Files.Any(f => f.RelativePath == folder + "/DomainSysvol/GPO/Machine/registry.pol");
        var hasInf = Small.Value.Files.Any(f => f.RelativePath == folder + "/DomainSysvol/GPO/Machine/microsoft/windows nt/SecEdit/GptTmpl.inf");
        var expected = (hasPol ? "[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]" : "") +
                       (hasInf ? "[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]" : "");
        core.Element(Bkp + "MachineExtensionGuids")!.Value.Should().Be(expected);
        core.Element(Bkp + "MachineVersionNumber")!.Value.Should().Be(hasPol || hasInf ? "65537" : "0");
        core.Element(Bkp + "UserVersionNumber")!.Value.Should().Be("0");
        var security = XDocument.Parse(Small.Value.File(folder + "/Backup.xml").Text()).Descendants(Bkp + "FSObjectFile")
            .Where(e => ((string)e.Attribute(Bkp + "Path")!).EndsWith("GptTmpl.inf", StringComparison.Ordinal));
        security.Should().OnlyContain(e => (string?)e.Attribute(Bkp + "ReEvaluateFunction") == "SecurityValidateSettings");
    }

    [Theory]
    [MemberData(nameof(BackupFolders))]
    public void BkupInfo_NamesItsFolderAndTheGpoOfBackupXml(string folder)
    {
        var info = XDocument.Parse(Small.Value.File(folder + "/bkupInfo.xml").Text()).Root!;
        var backup = XDocument.Parse(Small.Value.File(folder + "/Backup.xml").Text());
        info.Element(Manifest + "ID")!.Value.Should().Be(folder.Split('/')[^1]).And.MatchRegex("^\\{[0-9A-F-]{36}\\}$");
        info.Element(Manifest + "GPOGuid")!.Value.Should().Be(backup.Descendants(Bkp + "ID").Single().Value);
        info.Element(Manifest + "GPODisplayName")!.Value.Should().Be(backup.Descendants(Bkp + "DisplayName").Single().Value);
        info.Element(Manifest + "GPODomain")!.Value.Should().Be("corp.example.com");
    }

    [Fact]
    public void Manifest_ListsEveryBackupOfItsRing()
    {
        foreach (var ring in new[] { "pilot", "main" })
        {
            var ids = XDocument.Parse(Small.Value.File($"{ring}/gpo/manifest.xml").Text())
                .Descendants(Manifest + "BackupInst").Select(b => b.Element(Manifest + "ID")!.Value);
            var folders = Small.Value.Files.Where(f => f.RelativePath.StartsWith($"{ring}/gpo/{{", StringComparison.Ordinal))
                .Select(f => f.RelativePath.Split('/')[2]).Distinct();
            ids.Should().BeEquivalentTo(folders, ring);
        }
    }

    [Fact]
    public void Compile_GpoNames_FollowPrefixRingAndSide()
    {
        var names = XDocument.Parse(Small.Value.File("main/gpo/manifest.xml").Text()).Descendants(Manifest + "GPODisplayName").Select(e => e.Value);
        names.Should().BeEquivalentTo("SMB Test - main - Servers", "SMB Test - main - Exception EXC-1", "SMB Test - main - Exception EXC-2");
    }
}
