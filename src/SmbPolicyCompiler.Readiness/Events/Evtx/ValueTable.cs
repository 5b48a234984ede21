using System.Runtime.CompilerServices;
namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>The substitution values of one template instance: type, chunk offset and size of each.</summary>
internal sealed class ValueTable
{
    private int[] _offsets = new int[64];
    private int[] _sizes = new int[64];
    private byte[] _types = new byte[64];

    public int Count { get; private set; }

    public int Offset(int index) => _offsets[index];

    public int Size(int index) => _sizes[index];

    /// <summary>The value's type; Null for an index the instance does not have.</summary>
    public byte Type(int index) => (uint)index < (uint)Count ? _types[index] : BinXmlValueType.Null;

    /// <summary>Reads the descriptors at <paramref name="position"/>; false when they or the values do not fit before <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read(ReadOnlySpan<byte> chunk, int position, int end)
    {
        Count = 0;
        if (position + 4 > end)
        {
            return false;
        }

        var count = EvtxLayout.U32(chunk, position);
        if (count > (uint)(end - position - 4) / 4)
        {
            return false;
        }

        var n = (int)count;
        if (n > _offsets.Length)
        {
            _offsets = new int[n];
            _sizes = new int[n];
            _types = new byte[n];
        }

        var data = position + 4 + (n * 4);
        for (var i = 0; i < n; i++)
        {
            var descriptor = position + 4 + (i * 4);
            var size = EvtxLayout.U16(chunk, descriptor);
            _offsets[i] = data;
            _sizes[i] = size;
            _types[i] = chunk[descriptor + 2];
            data += size;
        }

        if (data > end)
        {
            return false;
        }

        Count = n;
        return true;
    }

    public void Clear() => Count = 0;
}
