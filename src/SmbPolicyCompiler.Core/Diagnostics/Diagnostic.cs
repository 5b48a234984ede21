using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>
/// One finding about the policy: where, which code (and so how bad), and a message that says the fix. The message is
/// kept to one line (control characters from names escaped), so no value from a policy can forge an output line.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, DiagnosticDescriptor Descriptor, string Message)
{
    public string Message { get; } = Escape.OneLine(Message);

    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public string SeverityText => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The classic compiler form: <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString() => $"{Escape.OneLine(Location.ToString())}: {SeverityText} {Code}: {Message}";
}
