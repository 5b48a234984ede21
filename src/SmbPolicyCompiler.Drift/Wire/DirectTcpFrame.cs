using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Direct TCP transport framing (MS-SMB2 2.1): a zero byte, then the message length as 3 bytes big-endian.
/// </summary>
internal static class DirectTcpFrame
{
    public const int HeaderLength = 4;

    /// <summary>The largest reply the probe accepts. NEGOTIATE replies are a few hundred bytes.</summary>
    public const int MaxReplyLength = 64 * 1024;

    public static void WriteHeader(Span<byte> destination, int messageLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(messageLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(messageLength, 0xFFFFFF);
        destination[0] = 0;
        destination[1] = (byte)(messageLength >> 16);
        destination[2] = (byte)(messageLength >> 8);
        destination[3] = (byte)messageLength;
    }

    /// <summary>Reads the message length from a reply's first 4 bytes, rejecting what cannot be an SMB reply.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> header, out int messageLength, [NotNullWhen(false)] out ProbeFailure? failure)
    {
        messageLength = 0;
        if (header.Length > 0 && header[0] != 0)
        {
            failure = ProbeFailure.Garbage($"the reply is not an SMB direct-TCP frame: it starts with {Bytes.Describe(header)}, not a zero byte");
            return false;
        }

        if (header.Length < HeaderLength)
        {
            failure = ProbeFailure.Truncated($"the reply ended after {header.Length} bytes, inside the 4-byte transport header");
            return false;
        }

        messageLength = (header[1] << 16) | (header[2] << 8) | header[3];
        if (messageLength == 0)
        {
            failure = ProbeFailure.Garbage("the reply frame declares an empty message (length 0)");
            return false;
        }

        if (messageLength > MaxReplyLength)
        {
            failure = ProbeFailure.Garbage($"the reply frame declares {messageLength} bytes; a NEGOTIATE reply is at most {MaxReplyLength}");
            return false;
        }

        failure = null;
        return true;
    }
}
