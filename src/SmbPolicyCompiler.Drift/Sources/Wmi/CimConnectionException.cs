namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>Neither WS-Man nor DCOM reached the host; the message gives both reasons.</summary>
internal sealed class CimConnectionException(string message, bool transient) : Exception(message)
{
    public bool Transient { get; } = transient;
}
