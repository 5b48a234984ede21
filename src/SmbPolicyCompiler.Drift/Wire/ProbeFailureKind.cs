namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Why a probe learned nothing from a host.</summary>
public enum ProbeFailureKind
{
    /// <summary>The name did not resolve to an address.</summary>
    Unresolved,

    /// <summary>No route to the host or network (ICMP unreachable, unusable address).</summary>
    Unreachable,

    /// <summary>The host refused the TCP connection: nothing listens on the port.</summary>
    Refused,

    /// <summary>No connection or no complete reply within the timeout.</summary>
    Timeout,

    /// <summary>The server closed or reset the connection before replying.</summary>
    Reset,

    /// <summary>The server answered with an error NTSTATUS (see <see cref="ProbeFailure.NtStatus"/>).</summary>
    ErrorStatus,

    /// <summary>The server answered with SMB, but not with a well-formed reply to what was asked.</summary>
    ProtocolError,

    /// <summary>The server answered with something that is not SMB.</summary>
    Garbage,

    /// <summary>The reply ended before the length it declares or a field needs.</summary>
    Truncated,

    /// <summary>This machine could not open a connection: out of file descriptors or local ports.</summary>
    LocalError,
}
