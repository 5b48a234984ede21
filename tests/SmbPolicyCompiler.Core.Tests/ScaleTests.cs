using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests;

public class ScaleTests
{
    [Fact]
    public void Load_SyntheticEstate_IsCleanAndResolvesEveryHost()
    {
        using var folder = new TempFolder("smbpol-estate");
        SyntheticEstate.Write(folder.Path, hosts: 2_000, groups: 200, rings: 10);

        var compilation = PolicyLoader.Load(folder.Path, SyntheticEstate.AsOf);

        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics.Take(10)));
        compilation.Resolved!.Hosts.Should().HaveCount(2_000);
        compilation.Resolved.Groups.Should().OnlyContain(g => g.HostKeys.Count == 10);
        compilation.Resolved.Host("H00000-009")!.Control("smb1Server")!.ExceptionId.Should().Be("EXC-00000");
    }

    [Fact]
    public void Load_MixedEstate_IsCleanAndResolvesEveryHostByEveryKindOfMember()
    {
        using var folder = new TempFolder("smbpol-estate");
        SyntheticEstate.Write(folder.Path, hosts: 2_000, groups: 200, rings: 10, EstateShape.Mixed);

        var compilation = PolicyLoader.Load(folder.Path, SyntheticEstate.AsOf);

        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics.Take(10)));
        var resolved = compilation.Resolved!;
        resolved.Hosts.Should().HaveCount(2_000);
        resolved.Groups.Should().OnlyContain(g => g.HostKeys.Count == 10);
        resolved.Hosts.GroupBy(h => h.Membership.Kind).ToDictionary(g => g.Key, g => g.Count()).Should().Equal(new Dictionary<MembershipKind, int>
        {
            [MembershipKind.HostName] = 400, [MembershipKind.Wildcard] = 400, [MembershipKind.OrganizationalUnit] = 600, [MembershipKind.AdGroup] = 600,
        });
        resolved.Host("X009-W00001")!.Group.Should().Be("group-00001", "odd groups match by a leading '*'");
        resolved.Exceptions.Should().HaveCount(20).And.OnlyContain(e => e.HostKeys.Count > 0);
    }
}
