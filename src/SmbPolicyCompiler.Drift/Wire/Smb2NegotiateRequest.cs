using System.Buffers.Binary;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Builds the SMB2 NEGOTIATE request the probe sends (MS-SMB2 2.2.3): dialects 2.0.2 to 3.1.1, signing enabled,
/// and the 3.1.1 negotiate contexts (preauth integrity SHA-512 with a 32-byte salt; encryption ciphers).
/// </summary>
internal static class Smb2NegotiateRequest
{
    public const int StructureSize = 36;
    public const ushort SigningEnabled = 0x0001;
    public const ushort SigningRequired = 0x0002;
    public const int SaltLength = 32;
    public const ushort PreauthIntegrityContext = 0x0001;
    public const ushort EncryptionContext = 0x0002;
    public const ushort Sha512 = 0x0001;

    /// <summary>DFS, leasing, large MTU, multichannel, persistent handles, directory leasing, encryption: what Windows 10 sends.</summary>
    public const uint ClientCapabilities = 0x0000007F;

    /// <summary>AES-128-GCM, AES-128-CCM, AES-256-GCM, AES-256-CCM.</summary>
    public static IReadOnlyList<ushort> Ciphers { get; } = [0x0002, 0x0001, 0x0004, 0x0003];

    private const int ContextHeaderLength = 8;
    private const int BodyOffset = Smb2Header.Length;
    private const int DialectsOffset = BodyOffset + StructureSize;
    private const int PreauthDataLength = 2 + 2 + 2 + SaltLength;
    private static readonly int DialectsEnd = DialectsOffset + (2 * Smb2Dialects.Offered.Count);
    private static readonly int PreauthOffset = Align8(DialectsEnd);
    private static readonly int EncryptionOffset = Align8(PreauthOffset + ContextHeaderLength + PreauthDataLength);
    private static readonly int EncryptionDataLength = 2 + (2 * Ciphers.Count);

    /// <summary>Length of the SMB2 message (without the 4-byte transport header).</summary>
    public static int MessageLength { get; } = EncryptionOffset + ContextHeaderLength + EncryptionDataLength;

    /// <summary>Length of the whole frame on the wire.</summary>
    public static int FrameLength { get; } = DirectTcpFrame.HeaderLength + MessageLength;

    /// <summary>Writes the framed request into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(Span<byte> destination, Guid clientGuid, ReadOnlySpan<byte> salt)
    {
        if (salt.Length != SaltLength)
        {
            throw new ArgumentException($"The preauth salt must be {SaltLength} bytes.", nameof(salt));
        }

        var frame = destination[..FrameLength];
        frame.Clear();
        DirectTcpFrame.WriteHeader(frame, MessageLength);
        var message = frame[DirectTcpFrame.HeaderLength..];
        Smb2Header.WriteNegotiateRequest(message);
        WriteBody(message, clientGuid);
        WritePreauthContext(message[PreauthOffset..], salt);
        WriteEncryptionContext(message[EncryptionOffset..]);
        return FrameLength;
    }

    private static void WriteBody(Span<byte> message, Guid clientGuid)
    {
        var body = message[BodyOffset..];
        BinaryPrimitives.WriteUInt16LittleEndian(body, StructureSize);
        BinaryPrimitives.WriteUInt16LittleEndian(body[2..], (ushort)Smb2Dialects.Offered.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(body[4..], SigningEnabled);
        BinaryPrimitives.WriteUInt32LittleEndian(body[8..], ClientCapabilities);
        clientGuid.TryWriteBytes(body[12..28]);
        BinaryPrimitives.WriteUInt32LittleEndian(body[28..], (uint)PreauthOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(body[32..], 2);
        for (var i = 0; i < Smb2Dialects.Offered.Count; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(message[(DialectsOffset + (2 * i))..], Smb2Dialects.Offered[i]);
        }
    }

    private static void WritePreauthContext(Span<byte> context, ReadOnlySpan<byte> salt)
    {
        WriteContextHeader(context, PreauthIntegrityContext, PreauthDataLength);
        var data = context[ContextHeaderLength..];
        BinaryPrimitives.WriteUInt16LittleEndian(data, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(data[2..], SaltLength);
        BinaryPrimitives.WriteUInt16LittleEndian(data[4..], Sha512);
        salt.CopyTo(data[6..]);
    }

    private static void WriteEncryptionContext(Span<byte> context)
    {
        WriteContextHeader(context, EncryptionContext, EncryptionDataLength);
        var data = context[ContextHeaderLength..];
        BinaryPrimitives.WriteUInt16LittleEndian(data, (ushort)Ciphers.Count);
        for (var i = 0; i < Ciphers.Count; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data[(2 + (2 * i))..], Ciphers[i]);
        }
    }

    private static void WriteContextHeader(Span<byte> context, ushort type, int dataLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(context, type);
        BinaryPrimitives.WriteUInt16LittleEndian(context[2..], (ushort)dataLength);
    }

    private static int Align8(int offset) => (offset + 7) & ~7;
}
