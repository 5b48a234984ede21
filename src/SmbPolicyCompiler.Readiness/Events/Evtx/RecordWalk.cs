using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>The records of one chunk's used area, one after another; after a broken record, the next intact one.</summary>
internal readonly ref struct RecordWalk(RecordDecoder decoder, EvtxChunkHeader header, string place, long fileOffset, IEvtxRecordSink sink, List<EvtxProblem> problems)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(ReadOnlySpan<byte> chunk, int limit, bool resync)
    {
        var position = EvtxLayout.ChunkHeaderSize;
        var lastId = header.FirstRecordId - 1;
        while (position + EvtxLayout.RecordHeaderSize <= limit)
        {
            var size = (int)Math.Min(EvtxLayout.U32(chunk, position + 4), int.MaxValue);
            if (!Intact(chunk, position, limit, lastId, strict: false))
            {
                var next = resync ? NextIntact(chunk, position + 8, limit, lastId) : -1;
                Broken(chunk, position, size, limit, lastId, next);
                if (next < 0)
                {
                    return;
                }

                position = next;
                continue;
            }

            lastId = EvtxLayout.U64(chunk, position + 8);
            Record(chunk, position, size, lastId);
            position += size;
        }

        var declared = header.DeclaredRecords;
        if (declared > 0 && lastId < header.LastRecordId && lastId + 1 >= header.FirstRecordId && position + EvtxLayout.RecordHeaderSize > limit)
        {
            problems.Add(ChunkDecoder.Damage(string.Create(CultureInfo.InvariantCulture,
                $"{place}: the header lists records up to {header.LastRecordId}, but the used area ends after record {lastId}")));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Record(ReadOnlySpan<byte> chunk, int position, int size, ulong id)
    {
        var record = decoder.Record;
        if (!decoder.Decode(chunk, position + EvtxLayout.RecordHeaderSize, position + size - 4, out var error))
        {
            problems.Add(ChunkDecoder.Damage(string.Create(CultureInfo.InvariantCulture,
                $"{place}: record {id} at offset 0x{fileOffset + position:X} cannot be decoded ({error}); it was skipped")));
            return;
        }

        record.HeaderRecordId = id;
        record.FileOffset = fileOffset + position;
        record.RecordId ??= (long)Math.Min(id, long.MaxValue);
        sink.Accept(record);
    }

    /// <summary>A record header with its signature, a size that stays in the used area and a matching size copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly bool Intact(ReadOnlySpan<byte> chunk, int position, int limit, ulong lastId, bool strict)
    {
        if (EvtxLayout.U32(chunk, position) != EvtxLayout.RecordSignature)
        {
            return false;
        }

        var size = EvtxLayout.U32(chunk, position + 4);
        if (size < EvtxLayout.MinimumRecordSize || size > (uint)(limit - position) || EvtxLayout.U32(chunk, position + (int)size - 4) != size)
        {
            return false;
        }

        var id = EvtxLayout.U64(chunk, position + 8);
        return !strict || (id > lastId && (header.DeclaredRecords < 0 || id <= header.LastRecordId));
    }

    private readonly int NextIntact(ReadOnlySpan<byte> chunk, int from, int limit, ulong lastId)
    {
        for (var position = (from + 7) & ~7; position + EvtxLayout.RecordHeaderSize <= limit; position += 8)
        {
            if (Intact(chunk, position, limit, lastId, strict: true))
            {
                return position;
            }
        }

        return -1;
    }

    private void Broken(ReadOnlySpan<byte> chunk, int position, int size, int limit, ulong lastId, int next)
    {
        var signature = EvtxLayout.U32(chunk, position) == EvtxLayout.RecordSignature;
        var what = !signature ? "no record signature"
            : size < EvtxLayout.MinimumRecordSize ? $"a record size of {size}"
            : size > limit - position ? $"a record of {size} bytes that reaches past the used area of its chunk"
            : "a record whose size copy does not match";
        var resumed = next >= 0 ? EvtxLayout.U64(chunk, next + 8) : header.LastRecordId + 1;
        var lost = resumed > lastId + 1 && header.DeclaredRecords > 0 ? resumed - lastId - 1 : 0;
        var tail = next >= 0
            ? $"reading resumed at record {resumed} (offset 0x{fileOffset + next:X})"
            : "no intact record follows in the chunk";
        var count = lost switch
        {
            0 => string.Empty,
            1 => $"; 1 record lost (id {lastId + 1})",
            _ => $"; {lost} records lost (ids {lastId + 1}-{resumed - 1})",
        };
        problems.Add(ChunkDecoder.Damage(string.Create(CultureInfo.InvariantCulture,
            $"{place}: at offset 0x{fileOffset + position:X}, after record {lastId}, {what}; {tail}{count}")));
    }
}
