using System.Runtime.InteropServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Element and attribute names of one chunk, by their offset in it. A name is stored once per chunk and referred
/// to by offset afterwards; the strings themselves come from a pool, so chunks share them.
/// </summary>
internal sealed class ChunkNames(StringPool pool)
{
    private readonly Dictionary<int, string> _byOffset = [];

    public void Clear() => _byOffset.Clear();

    /// <summary>The name stored at <paramref name="offset"/> (next offset, hash, length, UTF-16, NUL), or null when it does not fit.</summary>
    public string? Read(ReadOnlySpan<byte> chunk, int offset, out int end)
    {
        end = 0;
        if (offset < 0 || offset > chunk.Length - 8)
        {
            return null;
        }

        var count = EvtxLayout.U16(chunk, offset + 6);
        end = offset + 8 + (count * 2) + 2;
        if (end > chunk.Length)
        {
            return null;
        }

        if (_byOffset.TryGetValue(offset, out var name))
        {
            return name;
        }

        name = pool.Get(MemoryMarshal.Cast<byte, char>(chunk.Slice(offset + 8, count * 2)));
        _byOffset[offset] = name;
        return name;
    }
}
