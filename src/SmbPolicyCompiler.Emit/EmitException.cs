using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Emit;

/// <summary>The policy is valid but cannot be written to a target (e.g. a newline in an OU name); nothing was emitted.</summary>
public sealed class EmitException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
