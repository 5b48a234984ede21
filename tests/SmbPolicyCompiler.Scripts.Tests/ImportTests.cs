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
        cases.Should().Contain(c => ((List<string>)c["Computers"]!).Count > 0, "the example's rings security-filter inventory hosts");

        var result = PesterSuite.Run("Import", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work.Path,
            ["Cases"] = cases,
        });

        result.ShouldAllPass(cases.Sum(ImportCases.ExpectedPesterCases));
    }
}
