using System.Buffers.Binary;
using System.IO.Hashing;

namespace SmbPolicyCompiler.Benchmarks.Evtx;

/// <summary>
/// Makes a valid .evtx file of at least the wanted size from the intact chunks of the real corpus files, repeated:
/// chunks are self-contained (their own string and template tables), so a copy decodes like the original. The header
/// is the first file's with the chunk count set, the dirty flag cleared and its CRC32 recomputed.
/// </summary>
internal static class BigEvtxFile
{
    private const int Header = 4096;
    private const int Chunk = 65536;

    public static (long Bytes, int Chunks) Write(string path, IReadOnlyList<string> sources, long minimumBytes)
    {
        var chunks = sources.SelectMany(IntactChunks).ToList();
        var header = File.ReadAllBytes(sources[0])[..Header];
        var count = (int)Math.Ceiling((minimumBytes - Header) / (double)Chunk);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), (ulong)(count - 1));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(42), (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(120), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(124), Crc32.HashToUInt32(header.AsSpan(0, 120)));
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        output.Write(header);
        for (var i = 0; i < count; i++)
        {
            output.Write(chunks[i % chunks.Count]);
        }

        return (Header + ((long)count * Chunk), count);
    }

    private static IEnumerable<byte[]> IntactChunks(string path)
    {
        var file = File.ReadAllBytes(path);
        for (var offset = Header; offset + Chunk <= file.Length; offset += Chunk)
        {
            if (file.AsSpan(offset, 8).SequenceEqual("ElfChnk\0"u8))
            {
                yield return file[offset..(offset + Chunk)];
            }
        }
    }
}
