using SmbPolicyCompiler.Scripts.Tests.Support;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// Additional settings that delete (registry.pol **del. / **delvals.) and a REG_NONE value, compiled from Cases/deletes
/// and run on a simulated host (Pester/Deletes.Tests.ps1): Apply deletes and records, Rollback restores exactly, and
/// what the script cannot do (delete every value of a key) is a warning, never silently skipped.
/// </summary>
[Trait("Category", "Interop")]
public class DeleteTests
{
    [Fact]
    public void DeletesAndRegNone_ApplyDeletesAndWrites_RollbackRestoresExactly()
    {
        using var compiled = new CompiledCase("deletes");
        var folder = Path.Combine(compiled.Output, "pilot", "powershell");

        PesterSuite.Run("Deletes", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = compiled.Work("deletes"),
            ["Apply"] = Path.Combine(folder, "Apply-Servers.ps1"),
            ["Rollback"] = Path.Combine(folder, "Rollback-Servers.ps1"),
        }).ShouldAllPass(5);
    }
}
