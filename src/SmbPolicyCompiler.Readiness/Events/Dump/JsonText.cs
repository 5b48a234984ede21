using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// Writes JSON strings as UTF-8 straight from UTF-16 spans: quote, backslash and control characters escaped, other
/// characters as UTF-8 (an unpaired surrogate becomes U+FFFD), property names encoded once and cached. Hand-written
/// because the evtx benchmark showed Utf8JsonWriter taking three quarters of a dump's time, and plain ASCII (almost all
/// event text) is copied eight characters at a time by our own code: the library's generic search and transcoding ran
/// unoptimised (tiered compilation) for most of a short dump.
/// </summary>
internal sealed class JsonText
{
    private const int CacheSize = 1024;
    private const int KnownLimit = 4096;
    private readonly string?[] _names = new string?[CacheSize];
    private readonly byte[]?[] _encoded = new byte[CacheSize][];
    private readonly Dictionary<string, byte[]> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// "name": with the name escaped. Names repeat (they come from the templates): a direct-mapped cache answers most
    /// calls; a name that lost its slot to another is found again in a dictionary (bounded: cleared past 4096 names)
    /// rather than encoded anew — a few hundred names share the slots in the benchmark's file.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Name(ByteBuffer output, string name)
    {
        var slot = name.Length == 0 ? 0 : ((name.Length * 31) + (name[0] * 7) + (name[name.Length / 2] * 13) + name[^1]) & (CacheSize - 1);
        var bytes = _encoded[slot];
        if (bytes is null || !(ReferenceEquals(_names[slot], name) || string.Equals(_names[slot], name, StringComparison.Ordinal)))
        {
            bytes = Known(name);
            (_names[slot], _encoded[slot]) = (name, bytes);
        }

        output.Write(bytes);
    }

    private byte[] Known(string name)
    {
        if (!_known.TryGetValue(name, out var bytes))
        {
            if (_known.Count >= KnownLimit)
            {
                _known.Clear();
            }

            var buffer = new ByteBuffer((name.Length * 6) + 3);
            String(buffer, name);
            buffer.Write(":"u8);
            bytes = buffer.WrittenSpan.ToArray();
            _known[name] = bytes;
        }

        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void String(ByteBuffer output, ReadOnlySpan<char> text)
    {
        // Worst case per UTF-16 char: 6 bytes (\u00XX); a surrogate pair is 4 bytes for 2 chars.
        var span = output.GetSpan((text.Length * 6) + 2);
        span[0] = (byte)'"';
        var n = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (Vector128.IsHardwareAccelerated && i + 8 <= text.Length && IsPlainAscii8(text.Slice(i, 8), span.Slice(n, 8)))
            {
                i += 8;
                n += 8;
                continue;
            }

            var c = text[i];
            if (c < 0x80)
            {
                n += c >= 0x20 && c != '"' && c != '\\' ? Put(span, n, (byte)c) : Escape(span[n..], c);
                i++;
            }
            else
            {
                Rune.DecodeFromUtf16(text[i..], out var rune, out var used);
                n += rune.EncodeToUtf8(span[n..]);
                i += used;
            }
        }

        span[n++] = (byte)'"';
        output.Advance(n);
    }

    /// <summary>True (and the 8 chars narrowed into <paramref name="target"/>) when all are printable ASCII but quote and backslash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainAscii8(ReadOnlySpan<char> chars, Span<byte> target)
    {
        var v = Vector128.Create(MemoryMarshal.Cast<char, ushort>(chars));
        var bad = Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0x80))
            | Vector128.LessThan(v, Vector128.Create((ushort)0x20))
            | Vector128.Equals(v, Vector128.Create((ushort)'"'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\\'));
        if (bad != Vector128<ushort>.Zero)
        {
            return false;
        }

        Vector128.Narrow(v, v).GetLower().CopyTo(target);
        return true;
    }

    private static int Put(Span<byte> span, int at, byte value)
    {
        span[at] = value;
        return 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Escape(Span<byte> span, char c)
    {
        switch (c)
        {
            case '"':
                "\\\""u8.CopyTo(span);
                return 2;
            case '\\':
                "\\\\"u8.CopyTo(span);
                return 2;
            case '\n':
                "\\n"u8.CopyTo(span);
                return 2;
            case '\r':
                "\\r"u8.CopyTo(span);
                return 2;
            case '\t':
                "\\t"u8.CopyTo(span);
                return 2;
            default:
                "\\u00"u8.CopyTo(span);
                span[4] = (byte)"0123456789abcdef"[c >> 4];
                span[5] = (byte)"0123456789abcdef"[c & 0xF];
                return 6;
        }
    }
}
