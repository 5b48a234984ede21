using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Walks plain JSON byte by byte for <see cref="JsonEventMapper"/>'s line path. It accepts a strict subset of what
/// <see cref="System.Text.Json.Utf8JsonReader"/> accepts — no comments, no trailing commas, integers only, property
/// names in plain ASCII without escapes, at most <see cref="MaxDepth"/> levels — and refuses (false) everything else,
/// valid or not, so that whatever it accepts the reader accepts too, with the same values.
/// </summary>
internal ref struct PlainJsonCursor(ReadOnlySpan<byte> json)
{
    public const int MaxDepth = 32;


    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    private readonly ReadOnlySpan<byte> _json = json;
    private int _position;

    public readonly int Position => _position;

    /// <summary>The byte at the cursor; only after <see cref="SkipWhitespace"/> returned true.</summary>
    public readonly byte Current => _json[_position];

    /// <summary>Moves past JSON white space; false when nothing follows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SkipWhitespace()
    {
        while (_position < _json.Length)
        {
            if (_json[_position] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return true;
            }

            _position++;
        }

        return false;
    }

    /// <summary>Moves past <paramref name="expected"/> and the white space after it, when it is there and more follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryTake(byte expected)
    {
        if (_position < _json.Length && _json[_position] == expected)
        {
            _position++;
            return SkipWhitespace();
        }

        return false;
    }

    /// <summary>Moves past <paramref name="close"/> when the cursor is at it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryClose(byte close)
    {
        if (_json[_position] != close)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>Moves past the last white space; true when nothing else is left.</summary>
    public bool AtEnd() => !SkipWhitespace();

    /// <summary>A property name (plain ASCII, no escapes) and the colon after it; at a quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryName(out ReadOnlySpan<byte> name)
    {
        name = default;
        if (_position >= _json.Length || _json[_position] != (byte)'"')
        {
            return false;
        }

        var rest = _json[(_position + 1)..];
        for (var i = 0; i < rest.Length; i++)
        {
            var b = rest[i];
            if (b == (byte)'"')
            {
                name = rest[..i];
                _position += i + 2;
                return SkipWhitespace() && TryTake((byte)':');
            }

            // An escape, a control character (invalid) or a byte of a longer UTF-8 sequence.
            if (b == (byte)'\\' || (uint)(b - 0x20) >= 0x60)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the property name <paramref name="expected"/> (plain ASCII, no quote or backslash) is at the cursor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool AtName(ReadOnlySpan<byte> expected)
    {
        var rest = _json[_position..];
        return rest.Length >= expected.Length + 2 && rest[0] == (byte)'"' && rest[expected.Length + 1] == (byte)'"'
            && rest.Slice(1, expected.Length).SequenceEqual(expected);
    }

    /// <summary>Moves past the name <see cref="AtName"/> found, <paramref name="length"/> bytes long, and the colon after it.</summary>
    public bool TryPassName(int length)
    {
        _position += length + 2;
        return SkipWhitespace() && TryTake((byte)':');
    }

    /// <summary>A string at its opening quote: its raw content (escapes as written) and whether it has escapes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryString(out ReadOnlySpan<byte> content, out bool escaped)
    {
        content = default;
        escaped = false;
        var json = _json;
        var start = _position + 1;
        var at = start;
        while (true)
        {
            at = NextStop(json, at);
            if (at < 0)
            {
                return false;
            }

            if (json[at] == (byte)'"')
            {
                break;
            }

            at = json[at] == (byte)'\\' ? EscapeEnd(json, at) : -1;
            if (at < 0)
            {
                return false;
            }

            escaped = true;
        }

        content = json[start..at];
        _position = at + 1;
        return true;
    }

    /// <summary>An integer as JSON writes it (no fraction or exponent: those are left to the reader).</summary>
    public bool TryInteger(out ReadOnlySpan<byte> number)
    {
        number = default;
        var at = _position;
        if (at < _json.Length && _json[at] == (byte)'-')
        {
            at++;
        }

        if (at >= _json.Length || !char.IsAsciiDigit((char)_json[at]))
        {
            return false;
        }

        var digits = _json[at] == (byte)'0' ? 1 : _json[at..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        at = digits < 0 ? _json.Length : at + digits;
        if (at < _json.Length && _json[at] is (byte)'.' or (byte)'e' or (byte)'E')
        {
            return false;
        }

        number = _json[_position..at];
        _position = at;
        return true;
    }

    /// <summary>true, false or null.</summary>
    public bool TryLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            return false;
        }

        _position += literal.Length;
        return true;
    }

    /// <summary>Any value, checked as strictly as the rest; at its first byte.</summary>
    public bool TrySkipValue(int depth) => Current switch
    {
        (byte)'{' => TrySkipContainer(depth, (byte)'}'),
        (byte)'[' => TrySkipContainer(depth, (byte)']'),
        (byte)'"' => TryString(out _, out _),
        (byte)'t' => TryLiteral("true"u8),
        (byte)'f' => TryLiteral("false"u8),
        (byte)'n' => TryLiteral("null"u8),
        _ => TryInteger(out _),
    };

    /// <summary>Moves past the separator after a member or element: true with the cursor at the next one, false at the close (moved past) or on anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextMember(byte close, out bool closed)
    {
        closed = false;
        if (!SkipWhitespace())
        {
            return false;
        }

        if (_json[_position] == close)
        {
            _position++;
            closed = true;
            return false;
        }

        return TryTake((byte)',');
    }

    private bool TrySkipContainer(int depth, byte close)
    {
        if (depth > MaxDepth || !TryTake(Current))
        {
            return false;
        }

        if (TryClose(close))
        {
            return true;
        }

        while (true)
        {
            if ((close == (byte)'}' && !TryName(out _)) || !TrySkipValue(depth + 1))
            {
                return false;
            }

            if (!NextMember(close, out var closed))
            {
                return closed;
            }
        }
    }

    /// <summary>Where the next quote, backslash or control character is from <paramref name="at"/>, or -1; sixteen bytes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextStop(ReadOnlySpan<byte> json, int at)
    {
        ref var first = ref MemoryMarshal.GetReference(json);
        for (; at <= json.Length - Vector128<byte>.Count; at += Vector128<byte>.Count)
        {
            var bytes = Vector128.LoadUnsafe(ref first, (nuint)at);
            var stops = Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
                | Vector128.LessThan(bytes, Vector128.Create((byte)0x20));
            if (stops != Vector128<byte>.Zero)
            {
                return at + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
            }
        }

        for (; at < json.Length; at++)
        {
            if (json[at] is (byte)'"' or (byte)'\\' or < 0x20)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Where the escape at <paramref name="at"/> ends, or -1 unless the reader accepts it: \" \\ \/ \b \f \n \r \t or \u and four hex digits.</summary>
    private static int EscapeEnd(ReadOnlySpan<byte> json, int at)
    {
        if (at + 1 >= json.Length)
        {
            return -1;
        }

        return json[at + 1] switch
        {
            (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t' => at + 2,
            (byte)'u' when at + 6 <= json.Length && json.Slice(at + 2, 4).IndexOfAnyExcept(HexDigits) < 0 => at + 6,
            _ => -1,
        };
    }
}
