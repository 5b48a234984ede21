using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>What every rule sees: the declared model, the bound policy and "today".</summary>
internal sealed record RuleContext(ResolvedPolicy Resolved, DateOnly AsOf)
{
    public PolicyModel Model => Resolved.Model;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
