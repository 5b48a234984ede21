using System.Net.Sockets;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Turns socket errors into probe failures, worded for the stage they happened in.</summary>
internal static class SocketFailures
{
    public static ProbeFailure FromConnect(SocketException error, HostTarget target) => error.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain =>
            new(ProbeFailureKind.Unresolved, $"the name '{target.Host}' did not resolve to an address ({error.SocketErrorCode})"),
        SocketError.ConnectionRefused =>
            new(ProbeFailureKind.Refused, $"connection refused: nothing listens on port {target.Port}"),
        SocketError.TimedOut =>
            new(ProbeFailureKind.Timeout, "the TCP connection timed out in the operating system"),
        SocketError.ConnectionReset or SocketError.ConnectionAborted =>
            new(ProbeFailureKind.Reset, "the connection was reset while it was being set up"),
        SocketError.TooManyOpenSockets or SocketError.NoBufferSpaceAvailable or SocketError.AddressNotAvailable =>
            new(ProbeFailureKind.LocalError, $"this machine could not open a connection: {error.Message} ({error.SocketErrorCode}); raise 'ulimit -n' or lower the concurrency"),
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.HostDown =>
            new(ProbeFailureKind.Unreachable, $"no route to {target.Host} ({error.SocketErrorCode})"),
        _ => new(ProbeFailureKind.Unreachable, $"cannot connect to {target}: {error.Message} ({error.SocketErrorCode})"),
    };

    public static ProbeFailure FromReply(SocketException error, int received, string request)
    {
        var lost = error.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown
            ? "reset the connection"
            : $"broke the connection ({error.SocketErrorCode})";
        return received == 0
            ? new(ProbeFailureKind.Reset, $"the server {lost} instead of answering the {request}")
            : ProbeFailure.Truncated($"the server {lost} after {received} bytes of its reply to the {request}");
    }
}
