using System.Buffers;
using System.Globalization;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Streams an .evtx file: the header, then every 64 KiB chunk whatever the (possibly stale) header says. Chunks are
/// decoded in parallel on all cores into sinks, which are handed back in file order; a sink is recycled when the
/// next one is requested. Memory: a window of chunks and their results, never the file.
/// </summary>
internal sealed class EvtxFileReader<TSink>(Stream stream, EvtxReadSettings settings, Func<TSink> createSink)
    where TSink : EvtxChunkSink
{
    private readonly ObjectPool<TSink> _sinks = new(createSink);
    private readonly ObjectPool<ChunkDecoder> _decoders = new(() => new ChunkDecoder(new RecordDecoder(new StringPool(), settings.Options)));

    /// <summary>Problems of the file as a whole (header), known once the enumeration has started.</summary>
    public List<EvtxProblem> FileProblems { get; } = [];

    /// <summary>False when the stream does not start with the EVTX signature.</summary>
    public bool IsEvtx { get; private set; } = true;

    public IEnumerable<TSink> Chunks()
    {
        if (!ReadHeader(out var verify))
        {
            yield break;
        }

        TSink? previous = null;
        foreach (var sink in OrderedParallel.Map(Blocks(), block => Decode(block, verify), settings.Threads))
        {
            Recycle(previous);
            previous = sink;
            yield return sink;
        }

        Recycle(previous);
    }

    private bool ReadHeader(out bool verify)
    {
        verify = true;
        var header = new byte[EvtxLayout.FileHeaderSize];
        var length = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (length < 8 || !header.AsSpan().StartsWith(EvtxLayout.FileSignature))
        {
            IsEvtx = false;
            return false;
        }

        if (length < 128)
        {
            FileProblems.Add(ChunkDecoder.Damage($"the file ends {length} bytes into its 4096-byte header; it holds no chunks"));
            return false;
        }

        var parsed = EvtxFileHeader.Parse(header);
        verify = !parsed.HasNoCrc32;
        if (verify && !parsed.ChecksumMatches)
        {
            FileProblems.Add(ChunkDecoder.Damage("the file header checksum does not match; the header was not relied on (every chunk was read)"));
        }

        if (!parsed.KnownVersion)
        {
            FileProblems.Add(ChunkDecoder.Damage(string.Create(CultureInfo.InvariantCulture,
                $"the file header says format version {parsed.MajorVersion}.{parsed.MinorVersion} (known: 3.1, 3.2); chunks were read as version 3")));
        }

        if (parsed.IsDirty)
        {
            FileProblems.Add(new EvtxProblem(ReadProblemKind.EvtxDirty,
                "the file was not closed cleanly (copied while the log was open), so its header may be stale; every chunk was read."));
        }

        if (length < header.Length)
        {
            FileProblems.Add(ChunkDecoder.Damage($"the file ends {length} bytes into its 4096-byte header; it holds no chunks"));
            return false;
        }

        return true;
    }

    private IEnumerable<Block> Blocks()
    {
        long offset = EvtxLayout.FileHeaderSize;
        for (var index = 0; ; index++)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(EvtxLayout.ChunkSize);
            var length = stream.ReadAtLeast(buffer.AsSpan(0, EvtxLayout.ChunkSize), EvtxLayout.ChunkSize, throwOnEndOfStream: false);
            if (length == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }

            yield return new Block(buffer, length, index, offset);
            offset += length;
            if (length < EvtxLayout.ChunkSize)
            {
                yield break;
            }
        }
    }

    private TSink Decode(Block block, bool verify)
    {
        var sink = _sinks.Rent();
        var decoder = _decoders.Rent();
        try
        {
            decoder.Decode(block.Buffer.AsSpan(0, block.Length), block.Index, block.Offset, verify, sink, sink.Problems);
            sink.Complete();
        }
        catch (Exception error) when (error is IndexOutOfRangeException or ArgumentException or OverflowException or InvalidOperationException)
        {
            sink.Problems.Add(ChunkDecoder.Damage(string.Create(CultureInfo.InvariantCulture,
                $"chunk {block.Index} (offset 0x{block.Offset:X}): could not be decoded (internal error: {error.GetType().Name}: {error.Message}); the rest of it was skipped")));
        }
        finally
        {
            _decoders.Return(decoder);
            ArrayPool<byte>.Shared.Return(block.Buffer);
        }

        return sink;
    }

    private void Recycle(TSink? sink)
    {
        if (sink is not null)
        {
            sink.Clear();
            _sinks.Return(sink);
        }
    }

    private readonly record struct Block(byte[] Buffer, int Length, int Index, long Offset);
}
