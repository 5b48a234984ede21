using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>The committed generated/ folder is exactly what policies/ compiles to (as of 2026-11-21, the example's date).</summary>
public class GeneratedFolderTests
{
    private const string Regenerate = "dotnet run --project src/SmbPolicyCompiler.Cli -- compile policies --out generated";

    [Fact]
    public void GeneratedFolder_IsWhatTheExamplePoliciesCompileTo()
    {
        var compilation = PolicyLoader.Load(RepoPaths.Policies, EmitFixture.AsOf, "policies");
        compilation.HasErrors.Should().BeFalse();
        var files = PolicyEmitter.Emit(compilation.Resolved!).Files;
        if (Golden.Updating)
        {
            OutputFolder.Replace(RepoPaths.Generated, files, RepoPaths.Policies);
            return;
        }

        var differences = OutputFolder.Compare(RepoPaths.Generated, files);

        differences.Should().BeEmpty($"generated/ must match policies/. Regenerate it from the repository root with: {Regenerate} (or run the tests with {Golden.UpdateVariable}=1), then review and commit the diff");
    }

    [Fact]
    public void CheckCommand_OnTheRepository_ExitsZero()
    {
        var (exit, output, error) = SmbpolCli.Run("compile", RepoPaths.Policies, "--out", RepoPaths.Generated, "--as-of", "2026-11-21", "--check");

        exit.Should().Be(0, output + error);
    }
}
