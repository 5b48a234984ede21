using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>The case policy (Cases/policy) and the fixture folders beside it.</summary>
public static class DriftCases
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    private static readonly Lazy<ResolvedPolicy> Loaded = new(() => Load(Path("policy")));

    public static string Path(params string[] parts) => RepoPaths.Tests(["SmbPolicyCompiler.Drift.Tests", "Cases", .. parts]);

    public static ResolvedPolicy Policy => Loaded.Value;

    public static IReadOnlyList<DriftTarget> Targets => DriftTarget.FromPolicy(Policy);

    public static ResolvedHost Host(string name) => Policy.Host(name) ?? throw new InvalidOperationException($"no host {name} in the case policy");

    /// <summary>Loads a policy, naming its files "policies/..." so reports do not depend on where the tests run.</summary>
    public static ResolvedPolicy Load(string folder)
    {
        var compilation = PolicyLoader.Load(folder, AsOf, displayRoot: "policies");
        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics));
        return compilation.Resolved!;
    }
}
