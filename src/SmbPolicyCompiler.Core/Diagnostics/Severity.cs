namespace SmbPolicyCompiler.Core.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
