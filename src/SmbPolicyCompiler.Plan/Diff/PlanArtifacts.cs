using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.Plan.Sources;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>Compiles a policy in memory for the plan's list of changed generated files.</summary>
internal static class PlanArtifacts
{
    public static IReadOnlyDictionary<string, byte[]> Compile(ResolvedPolicy policy)
    {
        var result = PolicyEmitter.Emit(policy);
        return result.HasErrors
            ? throw new PlanInputException($"policy '{policy.Policy.Name}' cannot be compiled: {string.Join("; ", result.Diagnostics.Select(d => d.ToString()))}")
            : result.Files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
    }
}
