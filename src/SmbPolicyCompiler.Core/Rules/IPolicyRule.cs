using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A semantic check of a bound policy that reports one code of the diagnostic catalogue.</summary>
internal interface IPolicyRule
{
    DiagnosticDescriptor Descriptor { get; }

    IEnumerable<Diagnostic> Check(RuleContext context);
}
