namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>A probe failure: its category, a message for people, and the server's NTSTATUS when it sent one.</summary>
public sealed record ProbeFailure(ProbeFailureKind Kind, string Message)
{
    public uint? NtStatus { get; init; }

    /// <summary>Worth another attempt: the network (or this machine) may do better next time.</summary>
    public bool IsTransient => Kind is ProbeFailureKind.Timeout or ProbeFailureKind.Reset or ProbeFailureKind.LocalError;

    public override string ToString() => $"{Kind}: {Message}";

    internal static ProbeFailure Truncated(string message) => new(ProbeFailureKind.Truncated, message);

    internal static ProbeFailure Protocol(string message) => new(ProbeFailureKind.ProtocolError, message);

    internal static ProbeFailure Garbage(string message) => new(ProbeFailureKind.Garbage, message);

    internal static ProbeFailure Status(uint status, string request) =>
        new(ProbeFailureKind.ErrorStatus, $"the server answered the {request} with {NtStatusNames.Describe(status)}")
        {
            NtStatus = status,
        };
}
