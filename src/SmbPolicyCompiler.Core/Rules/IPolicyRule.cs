using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A semantic check of a bound policy with one stable diagnostic code.</summary>
public interface IPolicyRule
{
    string Code { get; }

    IEnumerable<Diagnostic> Check(RuleContext context);
}
