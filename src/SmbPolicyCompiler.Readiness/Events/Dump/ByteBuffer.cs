using System.Buffers;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// A growable byte buffer the dump writers write into. Sealed and compiled fully optimised at once (unlike the generic
/// ArrayBufferWriter, which ran unoptimised for much of a short dump and was called through the interface).
/// </summary>
internal sealed class ByteBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[capacity];
    private int _count;

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _count);

    public int WrittenCount => _count;

    public void ResetWrittenCount() => _count = 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(_count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length - _count < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_bytes.AsSpan(_count));
        _count += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int sizeHint)
    {
        if (_bytes.Length - _count < Math.Max(sizeHint, 1))
        {
            Grow(sizeHint);
        }
    }

    private void Grow(int sizeHint)
    {
        var needed = (long)_count + Math.Max(sizeHint, 1);
        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _bytes.Length));
        Array.Resize(ref _bytes, size);
    }
}
