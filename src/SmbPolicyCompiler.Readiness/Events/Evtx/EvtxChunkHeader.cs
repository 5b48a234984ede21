using System.IO.Hashing;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>The 512-byte header of a 64 KiB chunk: record id range, the end of the used area, checksums.</summary>
internal readonly record struct EvtxChunkHeader(
    ulong FirstRecordNumber,
    ulong LastRecordNumber,
    ulong FirstRecordId,
    ulong LastRecordId,
    uint LastRecordOffset,
    uint FreeSpaceOffset,
    uint RecordsChecksum,
    uint Flags,
    uint HeaderChecksum)
{
    public bool HasNoCrc32 => (Flags & EvtxLayout.NoCrc32Flag) != 0;

    /// <summary>The number of records the header says the chunk holds, or -1 when its id range is implausible.</summary>
    public long DeclaredRecords => LastRecordId >= FirstRecordId && LastRecordId - FirstRecordId < EvtxLayout.ChunkSize / EvtxLayout.MinimumRecordSize
        ? (long)(LastRecordId - FirstRecordId + 1)
        : -1;

    public bool FreeSpaceOffsetValid => FreeSpaceOffset is >= EvtxLayout.ChunkHeaderSize and <= EvtxLayout.ChunkSize;

    public static EvtxChunkHeader Parse(ReadOnlySpan<byte> chunk) => new(
        EvtxLayout.U64(chunk, 8),
        EvtxLayout.U64(chunk, 16),
        EvtxLayout.U64(chunk, 24),
        EvtxLayout.U64(chunk, 32),
        EvtxLayout.U32(chunk, 44),
        EvtxLayout.U32(chunk, 48),
        EvtxLayout.U32(chunk, 52),
        EvtxLayout.U32(chunk, 120),
        EvtxLayout.U32(chunk, 124));

    /// <summary>CRC32 of bytes 0–120 and 128–512.</summary>
    public bool HeaderChecksumMatches(ReadOnlySpan<byte> chunk)
    {
        var crc = new Crc32();
        crc.Append(chunk[..120]);
        crc.Append(chunk[128..EvtxLayout.ChunkHeaderSize]);
        return crc.GetCurrentHashAsUInt32() == HeaderChecksum;
    }

    /// <summary>CRC32 of the records area, from the end of the header to the free-space offset.</summary>
    public bool RecordsChecksumMatches(ReadOnlySpan<byte> chunk) =>
        Crc32.HashToUInt32(chunk[EvtxLayout.ChunkHeaderSize..(int)FreeSpaceOffset]) == RecordsChecksum;
}
