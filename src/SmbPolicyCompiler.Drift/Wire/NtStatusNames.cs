using System.Collections.Frozen;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Names of the NTSTATUS codes an SMB server plausibly sends to a NEGOTIATE (MS-ERREF 2.3.1).</summary>
internal static class NtStatusNames
{
    private static readonly FrozenDictionary<uint, string> Names = new Dictionary<uint, string>
    {
        [0x00000000] = "STATUS_SUCCESS",
        [0xC0000001] = "STATUS_UNSUCCESSFUL",
        [0xC0000002] = "STATUS_NOT_IMPLEMENTED",
        [0xC000000D] = "STATUS_INVALID_PARAMETER",
        [0xC0000022] = "STATUS_ACCESS_DENIED",
        [0xC000009A] = "STATUS_INSUFFICIENT_RESOURCES",
        [0xC00000BB] = "STATUS_NOT_SUPPORTED",
        [0xC00000D0] = "STATUS_REQUEST_NOT_ACCEPTED",
        [0xC0000205] = "STATUS_INSUFF_SERVER_RESOURCES",
        [0xC0000203] = "STATUS_USER_SESSION_DELETED",
        [0xC000020C] = "STATUS_CONNECTION_DISCONNECTED",
        [0xC0000241] = "STATUS_CONNECTION_ABORTED",
        [0xC000035C] = "STATUS_NETWORK_SESSION_EXPIRED",
        [0xC0000466] = "STATUS_SERVER_UNAVAILABLE",
    }.ToFrozenDictionary();

    /// <summary>"STATUS_NOT_SUPPORTED (0xC00000BB)", or just the hex code when the name is not known.</summary>
    public static string Describe(uint status) =>
        Names.TryGetValue(status, out var name) ? $"{name} (0x{status:X8})" : $"NTSTATUS 0x{status:X8}";
}
