using System.Buffers.Binary;
using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>UTF-16LE conversions that never change a value silently.</summary>
internal static class Utf16
{
    private static readonly UnicodeEncoding Strict = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Encodes <paramref name="text"/>; an unpaired surrogate is an error naming <paramref name="target"/> and <paramref name="what"/>.</summary>
    public static byte[] Encode(string text, string target, string what)
    {
        var bad = TextChecks.IndexOfLoneSurrogate(text);
        if (bad >= 0)
        {
            throw new UnrepresentableValueException(
                target,
                $"{what} has an unpaired surrogate {TextChecks.Describe(text[bad])} at index {bad}; it is not valid UTF-16 text.");
        }

        return Strict.GetBytes(text);
    }

    /// <summary>Decodes code units exactly as stored (unpaired surrogates are kept), ignoring a trailing odd byte.</summary>
    public static string DecodeExact(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2));
        }

        return new string(chars);
    }
}
