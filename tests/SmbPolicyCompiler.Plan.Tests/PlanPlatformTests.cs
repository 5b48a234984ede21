using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Output;

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

    [Theory]
    [InlineData(MembershipChangeKind.GroupAdded, "group it-laptops (intune: Settings Catalog policy, no GPO) added to ring pilot")]
    [InlineData(MembershipChangeKind.GroupMoved, "group it-laptops (intune: Settings Catalog policy, no GPO) moved from ring broad to pilot")]
    public void MembershipChange_OfAnIntuneGroup_SaysHowItIsReached(MembershipChangeKind kind, string expected) =>
        PlanText.Describe(new MembershipChange(kind, "it-laptops", null, "broad", "pilot", Platform: "intune"), s => s).Should().Be(expected);
}
