using System.Xml.Linq;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Same policy, same bytes: name-based GUIDs, the backup time from the policy, ordinal order.</summary>
public class DeterminismTests
{
    [Fact]
    public void CompileTwice_GivesTheSameFilesAndBytes()
    {
        var first = EmitFixture.Compile("small");
        var second = EmitFixture.Compile("small");

        second.Files.Select(f => f.RelativePath).Should().Equal(first.Files.Select(f => f.RelativePath));
        second.Files.Zip(first.Files).Where(pair => !pair.First.Content.SequenceEqual(pair.Second.Content)).Should().BeEmpty();
        first.Files.Select(f => f.RelativePath).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void StableGuid_IsRfc4122Version5OfTheNamespaceAndName()
    {
        // Independently: python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('8c6f4d2a-1b7e-4f35-9a0c-5e2d7b41c9f3'), 'gpo\nsmall-estate\npilot\nServer'))"
        StableGuid.Create("gpo", "small-estate", "pilot", "Server").Should().Be(new Guid("5e1cb252-34fa-5100-9586-3544cdc3597c"));
        StableGuid.Braced(new Guid("5e1cb252-34fa-5100-9586-3544cdc3597c")).Should().Be("{5E1CB252-34FA-5100-9586-3544CDC3597C}");
    }

    [Fact]
    public void BackupTime_IsTheLatestDateInThePolicy()
    {
        var result = EmitFixture.Compile("small");

        result.BackupTime.Should().Be(new DateTime(2026, 6, 10), "EXC-2 was created on 2026-06-10, after every stage date");
        BackupTimes(result).Should().OnlyContain(t => t == "2026-06-10T00:00:00");
    }

    [Fact]
    public void Timestamp_OverridesTheBackupTime()
    {
        var result = PolicyEmitter.Emit(EmitFixture.Resolve(EmitFixture.Case("small")), new EmitOptions(new DateTime(2027, 1, 2, 3, 4, 5)));

        BackupTimes(result).Should().OnlyContain(t => t == "2027-01-02T03:04:05");
    }

    [Fact]
    public void GpoIds_DependOnPolicyRingAndSideNames_NotOnContent()
    {
        var layouts = EmitFixture.Layout("small");
        var pilotServers = layouts.Single(r => r.Name == "pilot").Sides[0].Gpo;

        pilotServers.GpoId.Should().Be(StableGuid.Create("gpo", "small-estate", "pilot", "Server"));
        pilotServers.BackupId.Should().Be(StableGuid.Create("backup", "small-estate", "pilot", "Server"));
        layouts.SelectMany(r => r.Gpos).Select(g => g.GpoId).Should().OnlyHaveUniqueItems();
    }

    private static IEnumerable<string> BackupTimes(EmitResult result)
    {
        XNamespace manifest = "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest";
        return result.Files.Where(f => f.RelativePath.EndsWith(".xml", StringComparison.Ordinal) && !f.RelativePath.EndsWith("Backup.xml", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Parse(f.Text()).Descendants(manifest + "BackupTime").Select(e => e.Value));
    }
}
