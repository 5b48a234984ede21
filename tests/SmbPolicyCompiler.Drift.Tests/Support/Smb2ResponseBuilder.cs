using System.Buffers.Binary;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>
/// Builds SMB2 NEGOTIATE responses the way a server lays them out (MS-SMB2 2.2.4): header, 64-byte fixed body,
/// a security blob at offset 128, and for 3.1.1 a preauth and an encryption context.
/// </summary>
public static class Smb2ResponseBuilder
{
    private static readonly byte[] SecurityBlob = Convert.FromHexString(
        "604806062b0601050502a03e303ca00e300c060a2b06010401823702020aa32a3028a0261b246e6f745f646566696e65645f696e5f5246433431373840706c656173655f69676e6f7265");

    /// <summary>A framed success response.</summary>
    public static byte[] Negotiate(ushort securityMode = 0x0001, ushort dialect = 0x0311)
    {
        var contexts = dialect == 0x0311 ? Contexts() : [];
        var blobEnd = 128 + SecurityBlob.Length;
        var contextOffset = contexts.Length == 0 ? 0 : (blobEnd + 7) & ~7;
        var message = new byte[contexts.Length == 0 ? blobEnd : contextOffset + contexts.Length];
        WriteHeader(message, status: 0);
        var body = message.AsSpan(64);
        BinaryPrimitives.WriteUInt16LittleEndian(body, 65);
        BinaryPrimitives.WriteUInt16LittleEndian(body[2..], securityMode);
        BinaryPrimitives.WriteUInt16LittleEndian(body[4..], dialect);
        BinaryPrimitives.WriteUInt16LittleEndian(body[6..], (ushort)(contexts.Length == 0 ? 0 : 2));
        new Guid("6d766e6b-0000-4000-8000-00000000c0de").TryWriteBytes(body[8..24]);
        BinaryPrimitives.WriteUInt32LittleEndian(body[24..], 0x2F);
        BinaryPrimitives.WriteUInt32LittleEndian(body[28..], 8 * 1024 * 1024);
        BinaryPrimitives.WriteUInt32LittleEndian(body[32..], 8 * 1024 * 1024);
        BinaryPrimitives.WriteUInt32LittleEndian(body[36..], 8 * 1024 * 1024);
        BinaryPrimitives.WriteUInt64LittleEndian(body[40..], 0x01DA0000_00000000);
        BinaryPrimitives.WriteUInt16LittleEndian(body[56..], 128);
        BinaryPrimitives.WriteUInt16LittleEndian(body[58..], (ushort)SecurityBlob.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(body[60..], (uint)contextOffset);
        SecurityBlob.CopyTo(message, 128);
        contexts.CopyTo(message, contextOffset);
        return Frame(message);
    }

    /// <summary>A framed error response (StructureSize 9) carrying <paramref name="status"/>.</summary>
    public static byte[] Error(uint status)
    {
        var message = new byte[64 + 9];
        WriteHeader(message, status);
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(64), 9);
        return Frame(message);
    }

    public static byte[] Frame(byte[] message)
    {
        var frame = new byte[message.Length + 4];
        DirectTcpFrame.WriteHeader(frame, message.Length);
        message.CopyTo(frame, 4);
        return frame;
    }

    private static void WriteHeader(Span<byte> message, uint status)
    {
        Smb2Header.ProtocolId.CopyTo(message);
        BinaryPrimitives.WriteUInt16LittleEndian(message[4..], 64);
        BinaryPrimitives.WriteUInt32LittleEndian(message[8..], status);
        BinaryPrimitives.WriteUInt16LittleEndian(message[14..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(message[16..], Smb2Header.ServerToRedirectorFlag);
    }

    private static byte[] Contexts()
    {
        var contexts = new byte[8 + 38 + 2 + 8 + 4];
        BinaryPrimitives.WriteUInt16LittleEndian(contexts, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(contexts.AsSpan(2), 38);
        BinaryPrimitives.WriteUInt16LittleEndian(contexts.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(contexts.AsSpan(10), 32);
        BinaryPrimitives.WriteUInt16LittleEndian(contexts.AsSpan(12), 1);
        var encryption = contexts.AsSpan(48);
        BinaryPrimitives.WriteUInt16LittleEndian(encryption, 2);
        BinaryPrimitives.WriteUInt16LittleEndian(encryption[2..], 4);
        BinaryPrimitives.WriteUInt16LittleEndian(encryption[8..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(encryption[10..], 2);
        return contexts;
    }
}
