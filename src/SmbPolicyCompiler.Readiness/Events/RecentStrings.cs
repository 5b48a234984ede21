using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Consecutive events of an export have the same layout, so the string at the same place (the n-th field name,
/// the channel, a "false") is usually the one seen last time: one comparison instead of a hash lookup in the pool.
/// </summary>
internal sealed class RecentStrings(StringPool pool, int slots)
{
    private readonly string?[] _recent = new string?[slots];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(int slot, ReadOnlySpan<char> text)
    {
        if ((uint)slot >= (uint)_recent.Length)
        {
            return pool.Get(text);
        }

        var recent = _recent[slot];
        if (recent is not null && text.SequenceEqual(recent))
        {
            return recent;
        }

        return _recent[slot] = pool.Get(text);
    }
}
