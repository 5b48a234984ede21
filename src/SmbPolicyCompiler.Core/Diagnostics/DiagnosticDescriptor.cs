using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>One stable diagnostic code: its severity, a title for lists and SARIF rules, and the stage that reports it.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, DiagnosticStage Stage)
{
    /// <summary>The input could not be read at all (no policy files, an unreadable path): the command exits 2, not 1.</summary>
    public bool MeansInputUnreadable { get; init; }

    public Diagnostic At(SourceLocation location, string message) => new(location, this, message);
}
