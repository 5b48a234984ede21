using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The qualified names of the open elements of one event, by depth, kept as characters in one array so that
/// checking an end tag against its start tag costs a comparison, not a string per element.
/// </summary>
internal sealed class OpenElementNames(int maxDepth)
{
    private readonly int[] _start = new int[maxDepth + 1];
    private readonly int[] _length = new int[maxDepth + 1];
    private char[] _chars = new char[1024];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int depth, ReadOnlySpan<char> name)
    {
        var start = depth <= 1 ? 0 : _start[depth - 1] + _length[depth - 1];
        if (start + name.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + name.Length));
        }

        name.CopyTo(_chars.AsSpan(start));
        _start[depth] = start;
        _length[depth] = name.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Get(int depth) => _chars.AsSpan(_start[depth], _length[depth]);
}
