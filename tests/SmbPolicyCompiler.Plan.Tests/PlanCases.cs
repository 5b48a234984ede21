using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>Loads a plan case: Cases/&lt;name&gt;/base and head, as of the example policy's date.</summary>
public static class PlanCases
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    public static string Root => RepoPaths.Tests("SmbPolicyCompiler.Plan.Tests", "Cases");

    public static RolloutPlan Build(string name, ReadinessEvidence? readiness = null)
    {
        var before = PolicyLoader.Load(Path.Combine(Root, name, "base"), AsOf, "base");
        var after = PolicyLoader.Load(Path.Combine(Root, name, "head"), AsOf, "head");
        before.HasErrors.Should().BeFalse(string.Join("\n", before.Diagnostics));
        after.HasErrors.Should().BeFalse(string.Join("\n", after.Diagnostics));
        return PlanBuilder.Build(before.Resolved!, after.Resolved!, "base", "head", AsOf, readiness);
    }
}
