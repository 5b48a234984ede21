using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>The 4 KiB file header (version 3.1, clean, CRC32 of its first 120 bytes) followed by the chunks.</summary>
internal static class EvtxFileWriter
{
    private const int HeaderBlockSize = 4096;

    public static byte[] Write(IReadOnlyList<ChunkWriter> chunks)
    {
        var file = new byte[HeaderBlockSize + (chunks.Count * ChunkWriter.Size)];
        var header = file.AsSpan();
        Encoding.ASCII.GetBytes("ElfFile\0").CopyTo(header);
        BinaryPrimitives.WriteUInt64LittleEndian(header[8..], 0);
        BinaryPrimitives.WriteUInt64LittleEndian(header[16..], (ulong)(chunks.Count - 1));
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], (ulong)(chunks[^1].LastRecordId + 1));
        BinaryPrimitives.WriteUInt32LittleEndian(header[32..], 128);
        BinaryPrimitives.WriteUInt16LittleEndian(header[36..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[38..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[40..], HeaderBlockSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header[42..], (ushort)chunks.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(header[124..], Crc32.HashToUInt32(header[..120]));
        for (var i = 0; i < chunks.Count; i++)
        {
            chunks[i].Finish().CopyTo(file, HeaderBlockSize + (i * ChunkWriter.Size));
        }

        return file;
    }
}
