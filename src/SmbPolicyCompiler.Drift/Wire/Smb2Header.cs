using System.Buffers.Binary;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>The 64-byte SMB2 sync header (MS-SMB2 2.2.1.2): the fields a NEGOTIATE needs.</summary>
internal static class Smb2Header
{
    public const int Length = 64;
    public const ushort NegotiateCommand = 0x0000;
    public const uint ServerToRedirectorFlag = 0x00000001;

    public static ReadOnlySpan<byte> ProtocolId => [0xFE, (byte)'S', (byte)'M', (byte)'B'];

    public static ReadOnlySpan<byte> Smb1ProtocolId => [0xFF, (byte)'S', (byte)'M', (byte)'B'];

    /// <summary>Offsets inside the header.</summary>
    public const int StructureSizeOffset = 4;
    public const int StatusOffset = 8;
    public const int CommandOffset = 12;
    public const int CreditOffset = 14;
    public const int FlagsOffset = 16;
    public const int MessageIdOffset = 24;

    /// <summary>Writes a client request header: NEGOTIATE, MessageId 0, one credit requested.</summary>
    public static void WriteNegotiateRequest(Span<byte> destination)
    {
        var header = destination[..Length];
        header.Clear();
        ProtocolId.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[StructureSizeOffset..], Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[CommandOffset..], NegotiateCommand);
        BinaryPrimitives.WriteUInt16LittleEndian(header[CreditOffset..], 1);
    }
}
