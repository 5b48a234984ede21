using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Compilation;

/// <summary>
/// The result of reading a policy repository: diagnostics, and — when the files could be read — the model and the
/// bound policy. <see cref="Resolved"/> is present even with rule errors (explain still works); back ends must check
/// <see cref="HasErrors"/> and emit nothing when it is set.
/// </summary>
public sealed record PolicyCompilation(
    string Root,
    DateOnly AsOf,
    IReadOnlyList<Diagnostic> Diagnostics,
    PolicyModel? Model,
    ResolvedPolicy? Resolved)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public bool HasWarnings => Diagnostics.Any(d => d.Severity == Severity.Warning);

    /// <summary>True when the input could not be read at all (no policy files, unreadable path): exit code 2.</summary>
    public bool InputUnreadable => Diagnostics.Any(d => d.Descriptor.MeansInputUnreadable);
}
