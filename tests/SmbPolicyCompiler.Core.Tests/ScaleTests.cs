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
}
