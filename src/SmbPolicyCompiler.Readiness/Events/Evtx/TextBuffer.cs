using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>A growable character buffer that the values of one record are formatted into, reused from record to record.</summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[8 * 1024];

    public int Length { get; set; }

    public ReadOnlySpan<char> Slice(int start, int length) => _chars.AsSpan(start, length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<char> Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }

        return _chars.AsSpan(Length, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        Length += text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(char c)
    {
        Reserve(1)[0] = c;
        Length++;
    }
}
