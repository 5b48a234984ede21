using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Reads the records of one chunk. Only the used area (header end to free-space offset) is read: stale records and
/// template fragments in the slack after it are never events. Damage is reported with the chunk and file offset and
/// the rest is still read: a broken record is skipped to the next intact record of the chunk's id range.
/// </summary>
internal sealed class ChunkDecoder(RecordDecoder decoder)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<byte> chunk, int index, long fileOffset, bool verifyChecksums, IEvtxRecordSink sink, List<EvtxProblem> problems)
    {
        var place = string.Create(CultureInfo.InvariantCulture, $"chunk {index} (offset 0x{fileOffset:X})");
        if (chunk.Length < EvtxLayout.ChunkHeaderSize)
        {
            if (chunk.ContainsAnyExcept((byte)0))
            {
                problems.Add(Damage($"{place}: the file ends {chunk.Length} bytes into this chunk, inside its header; the chunk was skipped"));
            }

            return;
        }

        if (!chunk.StartsWith(EvtxLayout.ChunkSignature))
        {
            if (chunk.ContainsAnyExcept((byte)0))
            {
                problems.Add(Damage($"{place}: no chunk signature (damaged, or stale data); the chunk was skipped"));
            }

            return;
        }

        var header = EvtxChunkHeader.Parse(chunk);
        var verify = verifyChecksums && !header.HasNoCrc32;
        var headerIntact = !verify || header.HeaderChecksumMatches(chunk);
        if (!headerIntact)
        {
            problems.Add(Damage($"{place}: the chunk header checksum does not match; its records were read with extra checks"));
        }

        var limit = chunk.Length;
        if (chunk.Length < EvtxLayout.ChunkSize)
        {
            problems.Add(Damage($"{place}: the file ends {chunk.Length} bytes into this chunk; the records before the cut were read"));
        }

        var resync = true;
        if (header.FreeSpaceOffsetValid)
        {
            limit = Math.Min(limit, (int)header.FreeSpaceOffset);
            if (verify && header.FreeSpaceOffset <= chunk.Length && !header.RecordsChecksumMatches(chunk))
            {
                problems.Add(Damage($"{place}: the records checksum does not match; intact records were read, damaged ones skipped"));
            }
        }
        else
        {
            problems.Add(Damage($"{place}: the free-space offset {header.FreeSpaceOffset} is outside the chunk; records were read up to the first broken one"));
            resync = false;
        }

        decoder.BeginChunk();
        new RecordWalk(decoder, header, place, fileOffset, sink, problems).Run(chunk, limit, resync);
    }

    internal static EvtxProblem Damage(string message) => new(ReadProblemKind.EvtxDamage, message + ".");
}
