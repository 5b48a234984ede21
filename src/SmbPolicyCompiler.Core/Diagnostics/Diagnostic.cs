using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>One finding about the policy: where, which code (and so how bad), and a message that says the fix.</summary>
public sealed record Diagnostic(SourceLocation Location, DiagnosticDescriptor Descriptor, string Message)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public string SeverityText => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The classic compiler form: <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString() => $"{Location}: {SeverityText} {Code}: {Message}";
}
