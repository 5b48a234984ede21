using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>Every ring's Import-&lt;ring&gt;.ps1 of generated/ against the simulated GroupPolicy and AD modules (Pester/Import.Tests.ps1).</summary>
[Trait("Category", "Interop")]
public class ImportTests
{
    [Fact]
    public void GeneratedImportScripts_MakeExactlyThePlannedCalls()
    {
        using var work = new TempFolder("smbpol-import");
        var generated = FolderCopy.Of(RepoPaths.Generated, work.Combine("generated"));
        var cases = ImportCases.For(HostCases.Load(RepoPaths.Policies), generated);
        cases.Should().Contain(c => ((List<string>)c["Missing"]!).Count > 0, "policies/ names two NAS hosts that are not in the inventory");

        var result = PesterSuite.Run("Import", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work.Path,
            ["Cases"] = cases,
        });

        result.ShouldAllPass(cases.Count(c => ((List<string>)c["Missing"]!).Count == 0) * 8 + 1);
    }
}
