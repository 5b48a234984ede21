namespace SmbPolicyCompiler.Core.Tests;

public class BasePolicyTests
{
    [Fact]
    public void Load_BaseFixture_IsClean()
    {
        var compilation = PolicyFixture.With();

        compilation.Diagnostics.Should().BeEmpty();
        compilation.Resolved!.Hosts.Select(h => h.Name).Should().Equal("SRV1", "SRV2", "WS1");
    }

    [Fact]
    public void Load_ExamplePolicies_IsCleanOnItsDate()
    {
        var compilation = SmbPolicyCompiler.Core.Compilation.PolicyLoader.Load(TestSupport.RepoPaths.Policies, PolicyFixture.AsOf, "policies");

        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics));
        compilation.Resolved!.Rings.Should().HaveCountGreaterThanOrEqualTo(3);
        compilation.Resolved.Groups.Should().HaveCountGreaterThanOrEqualTo(8);
        compilation.Diagnostics.Should().BeEmpty("the example stays valid for years");
    }

    [Fact]
    public void Load_ExamplePolicies_WarnsOfTheExceptionAboutToExpire()
    {
        var compilation = SmbPolicyCompiler.Core.Compilation.PolicyLoader.Load(TestSupport.RepoPaths.Policies, new DateOnly(2031, 9, 25), "policies");

        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics));
        compilation.Codes().Should().Equal("SMB3002");
    }
}
