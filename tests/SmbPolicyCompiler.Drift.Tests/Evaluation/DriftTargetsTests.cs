using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Evaluation;

public class DriftTargetsTests
{
    private static TargetSpec Parse(string text) =>
        TargetSpec.TryParse(text, out var spec, out var error) ? spec : throw new InvalidOperationException(error);

    [Fact]
    public void FromPolicy_AddressesHostsByDnsNameAndSkipsHostsInNoRing()
    {
        var targets = DriftCases.Targets;

        targets.Should().ContainSingle(t => t.Name == "FS-PAR-01").Which.Address.Should().Be("fs-par-01.corp.contoso.com");
        targets.Should().NotContain(t => t.Name == "FS-OLD-01");
    }

    [Theory]
    [InlineData("FS01=127.0.0.1:4455", "FS01", "127.0.0.1:4455")]
    [InlineData("fs01.corp.example.com", null, "fs01.corp.example.com:445")]
    [InlineData(" lab = [::1]:4455 ", "lab", "[::1]:4455")]
    [InlineData("10.0.0.5", null, "10.0.0.5:445")]
    public void Parse_NameAndAddress(string text, string? name, string endpoint)
    {
        var spec = Parse(text);

        spec.Name.Should().Be(name);
        spec.Endpoint.ToString().Should().Be(endpoint);
    }

    [Theory]
    [InlineData("=10.0.0.5", "the name before '=' is empty")]
    [InlineData("my host=10.0.0.5", "has spaces")]
    [InlineData("FS01=10.0.0.5:99999", "port '99999' is not a number from 1 to 65535")]
    [InlineData("FS01=", "empty host target")]
    public void Parse_BadEntry_SaysWhatIsWrong(string text, string problem)
    {
        TargetSpec.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(problem).And.Contain("target '");
    }

    [Fact]
    public void Resolve_NamedEntryPointsThePolicyHostAtTheAddress()
    {
        var targets = DriftTargets.Resolve(DriftCases.Policy, [Parse("fs-par-01=127.0.0.1:4455")]);

        targets.Should().HaveSameCount(DriftCases.Targets);
        targets.Single(t => t.Name == "FS-PAR-01").Address.Should().Be("127.0.0.1:4455");
    }

    [Fact]
    public void Resolve_AddressNamingAPolicyHostByFqdn_SetsThatHostsPort()
    {
        var targets = DriftTargets.Resolve(DriftCases.Policy, [Parse("fs-par-02.corp.contoso.com:1445")]);

        targets.Single(t => t.Name == "FS-PAR-02").Address.Should().Be("fs-par-02.corp.contoso.com:1445");
    }

    [Fact]
    public void Resolve_UnknownName_AddsAHostWithoutPolicy()
    {
        var targets = DriftTargets.Resolve(DriftCases.Policy, [Parse("nas-99=10.0.0.99"), Parse("10.0.0.98")]);

        targets.Should().HaveCount(DriftCases.Targets.Count + 2);
        targets[^2].Should().Be(new DriftTarget("nas-99", "10.0.0.99:445", null));
        targets[^1].Should().Be(new DriftTarget("10.0.0.98", "10.0.0.98:445", null));
    }

    [Fact]
    public void Resolve_PolicyHostInNoRing_IsAddedWithItsPolicyHost()
    {
        var targets = DriftTargets.Resolve(DriftCases.Policy, [Parse("FS-OLD-01=10.0.0.7")]);

        targets[^1].Host!.Group.Should().Be("parked");
    }

    [Fact]
    public void Resolve_SameHostTwice_Throws()
    {
        var resolve = () => DriftTargets.Resolve(DriftCases.Policy, [Parse("FS-PAR-01=10.0.0.1"), Parse("fs-par-01.corp.contoso.com")]);

        resolve.Should().Throw<ArgumentException>().WithMessage("*names 'fs-par-01.corp.contoso.com' twice (FS-PAR-01=10.0.0.1:445 and fs-par-01.corp.contoso.com:445)*");
    }
}
