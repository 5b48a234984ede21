using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>The plan says which groups Group Policy does not reach (platform samba / intune) and how the change reaches them.</summary>
public class PlanPlatformTests
{
    [Fact]
    public void StageChange_ReachingASambaGroup_NamesItsPlatform()
    {
        var change = PlanCases.Build("promote-broad-signing").StageChanges.First(c => c.Control == "serverSigning");

        change.GroupPlatforms.Should().Equal(new Dictionary<string, string> { ["nas-appliances"] = "samba" });
        PlanText.WithPlatform(change, "nas-appliances", s => s).Should().Be("nas-appliances (samba: smb.conf include, no GPO)");
        PlanText.WithPlatform(change, "app-servers", s => s).Should().Be("app-servers");
    }

    [Fact]
    public void StageChange_SambaConfChange_IsASettingsFileNotMetadata() =>
        PlanCases.Build("promote-broad-signing").ArtifactChanges.Should()
            .Contain(a => a.Path == "broad/samba/broad-server.conf" && a.Category == ArtifactCategory.Settings);

    [Fact]
    public void ExceptionAdded_HoldingOnlyASambaHost_PlansNoExceptionGpo()
    {
        using var head = new TempFolder("smbpol-plan");
        var source = Path.Combine(PlanCases.Root, "promote-broad-signing", "head");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            head.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }

        head.Write("exceptions.yaml", File.ReadAllText(Path.Combine(source, "exceptions.yaml"))
            + "\n  - id: EXC-NAS\n    hosts: [nas-par-01.corp.contoso.com]\n    control: serverSigning\n    stage: audit\n"
            + "    reason: firmware 7.2 cannot require signing\n    owner: storage-paris@contoso.com\n    expires: 2027-01-29\n");
        var before = PolicyLoader.Load(source, PlanCases.AsOf, "base");
        var after = PolicyLoader.Load(head.Path, PlanCases.AsOf, "head");
        after.HasErrors.Should().BeFalse(string.Join("\n", after.Diagnostics));

        var plan = PlanBuilder.Build(before.Resolved!, after.Resolved!, "base", "head", PlanCases.AsOf, null);

        plan.ExceptionChanges.Should().ContainSingle(c => c.Id == "EXC-NAS");
        plan.ArtifactChanges.Should().Contain(a => a.Path == "broad/samba/broad-server.conf", "the include lists the exception as not carried");
        plan.ArtifactChanges.Should().NotContain(a => a.Path.StartsWith("broad/gpo/", StringComparison.Ordinal) || a.Path == "broad/Import-broad.ps1",
            "a Samba host gets no exception GPO, so no GPO backup nor import entry changes");
    }

    [Theory]
    [InlineData(MembershipChangeKind.GroupAdded, "group it-laptops (intune: Settings Catalog policy, no GPO) added to ring pilot")]
    [InlineData(MembershipChangeKind.GroupMoved, "group it-laptops (intune: Settings Catalog policy, no GPO) moved from ring broad to pilot")]
    public void MembershipChange_OfAnIntuneGroup_SaysHowItIsReached(MembershipChangeKind kind, string expected) =>
        PlanText.Describe(new MembershipChange(kind, "it-laptops", null, "broad", "pilot", Platform: "intune"), s => s).Should().Be(expected);
}
