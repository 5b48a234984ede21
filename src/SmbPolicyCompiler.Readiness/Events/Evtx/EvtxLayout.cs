using System.Buffers.Binary;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>Sizes, signatures and flags of the EVTX file format ([MS-EVEN6], libyal's EVTX documentation).</summary>
internal static class EvtxLayout
{
    public const int FileHeaderSize = 4096;
    public const int ChunkSize = 65536;
    public const int ChunkHeaderSize = 512;
    public const int RecordHeaderSize = 24;

    /// <summary>Signature, size, record id, time written, at least one BinXml token, size copy.</summary>
    public const int MinimumRecordSize = RecordHeaderSize + 1 + 4;

    public const uint RecordSignature = 0x00002A2A;

    public const uint DirtyFlag = 0x1;

    /// <summary>Set (in the file header and in each chunk header) by Windows 10 2004 and later when no CRC32 is written.</summary>
    public const uint NoCrc32Flag = 0x4;

    public static ReadOnlySpan<byte> FileSignature => "ElfFile\0"u8;

    public static ReadOnlySpan<byte> ChunkSignature => "ElfChnk\0"u8;

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);

    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);

    public static ulong U64(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]);
}
