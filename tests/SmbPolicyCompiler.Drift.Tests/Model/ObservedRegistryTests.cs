using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Tests.Model;

public class ObservedRegistryTests
{
    [Fact]
    public void Key_IsFoundWhateverItsHivePrefixAndCase()
    {
        var registry = new ObservedRegistry();
        registry.Add(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanManServer\Parameters", "requiresecuritysignature", ObservedValue.Of(1));

        registry.Find(Settings.ServerRequireSecuritySignature.ServicesLocation)!.Number.Should().Be(1);
        registry.Captured(@"HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters").Should().BeTrue();
    }

    [Fact]
    public void Tree_CoversKeysBelowItButNotBesideIt()
    {
        var registry = new ObservedRegistry();
        registry.AddTree(@"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows");

        registry.Captured(@"SOFTWARE\Policies\Microsoft\Windows\LanmanServer").Should().BeTrue();
        registry.Captured(@"SOFTWARE\Policies\Microsoft\WindowsNT").Should().BeFalse("a sibling whose name starts the same is not below it");
        registry.Captured(@"SOFTWARE\Policies\Microsoft").Should().BeFalse();
        registry.Find(Settings.AuditClientDoesNotSupportSigning.PolicyLocation).Should().BeNull();
    }

    [Fact]
    public void Key_WithoutTree_DoesNotCoverItsSubkeys()
    {
        var registry = new ObservedRegistry();
        registry.AddKey(@"SOFTWARE\Policies\Microsoft\Windows");

        registry.Captured(@"SOFTWARE\Policies\Microsoft\Windows\LanmanServer").Should().BeFalse();
        registry.IsEmpty.Should().BeFalse();
    }
}
