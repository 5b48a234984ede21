using System.IO.Hashing;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// The 4096-byte file header. Only its flags are relied on: a dirty header (the log was copied while open) has
/// stale chunk counts, so every chunk of the file is read whatever the header says.
/// </summary>
internal readonly record struct EvtxFileHeader(ushort MajorVersion, ushort MinorVersion, uint Flags, bool ChecksumMatches, ulong NextRecordId)
{
    public bool IsDirty => (Flags & EvtxLayout.DirtyFlag) != 0;

    public bool HasNoCrc32 => (Flags & EvtxLayout.NoCrc32Flag) != 0;

    public bool KnownVersion => MajorVersion == 3 && MinorVersion is 1 or 2;

    /// <summary>Reads the header from the first 128 bytes or more; the signature must already have been checked.</summary>
    public static EvtxFileHeader Parse(ReadOnlySpan<byte> header)
    {
        var flags = EvtxLayout.U32(header, 120);
        var checksum = EvtxLayout.U32(header, 124);
        return new EvtxFileHeader(
            EvtxLayout.U16(header, 38),
            EvtxLayout.U16(header, 36),
            flags,
            Crc32.HashToUInt32(header[..120]) == checksum,
            EvtxLayout.U64(header, 24));
    }
}
