using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>
/// Turns the bytes of a Windows text file into text: UTF-16LE/BE or UTF-8 by byte-order mark; without one,
/// UTF-16LE if it looks like it, else UTF-8, else Windows-1252 (the ANSI code page of western Windows).
/// </summary>
internal sealed record DecodedText(string Text, string EncodingName)
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Ansi { get; } = CreateAnsi();

    /// <summary>The decoded text, or null with <paramref name="problem"/> saying why the bytes are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string problem)
    {
        problem = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bytes[2..], Encoding.Unicode, "UTF-16LE", ref problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bytes[2..], Encoding.BigEndianUnicode, "UTF-16BE", ref problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..], ref problem);
        }

        if (bytes.Length >= 2 && bytes[0] != 0 && bytes[1] == 0)
        {
            return Utf16(bytes, Encoding.Unicode, "UTF-16LE", ref problem);
        }

        return TryUtf8(bytes) ?? new DecodedText(Ansi.GetString(bytes), "Windows-1252");
    }

    private static DecodedText? Utf16(ReadOnlySpan<byte> bytes, Encoding encoding, string name, ref string problem)
    {
        if (bytes.Length % 2 != 0)
        {
            problem = $"the file is {name} but has an odd number of bytes ({bytes.Length} after the byte-order mark); it is truncated";
            return null;
        }

        return new DecodedText(encoding.GetString(bytes), name);
    }

    private static DecodedText? Utf8(ReadOnlySpan<byte> bytes, ref string problem)
    {
        var decoded = TryUtf8(bytes);
        if (decoded is null)
        {
            problem = "the file starts with a UTF-8 byte-order mark but is not valid UTF-8";
        }

        return decoded;
    }

    private static DecodedText? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new DecodedText(Utf8Strict.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding CreateAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
