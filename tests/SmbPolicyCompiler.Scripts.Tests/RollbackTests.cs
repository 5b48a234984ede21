using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>Apply then Rollback of every ring side of generated/, on fresh and on hand-hardened hosts of four builds (Pester/Rollback.Tests.ps1).</summary>
[Trait("Category", "Interop")]
public class RollbackTests
{
    [Fact]
    public void GeneratedRollbackScripts_RestoreTheHostsOwnPriorState()
    {
        using var work = new TempFolder("smbpol-rollback");
        var cases = HostCases.For(HostCases.Load(RepoPaths.Policies), RepoPaths.Generated);

        var result = PesterSuite.Run("Rollback", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work.Path,
            ["Cases"] = cases,
            ["Builds"] = HostCases.Builds,
        });

        result.ShouldAllPass(cases.Count * (HostCases.Builds.Length * 6 + 2 * 2));
    }
}
