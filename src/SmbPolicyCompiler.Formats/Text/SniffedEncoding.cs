using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>What the first bytes of a text file say: its encoding and how many of them are a byte-order mark.</summary>
public readonly record struct SniffedEncoding(TextEncodingKind Kind, int BomLength)
{
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LeLenient = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16LeStrict = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BeLenient = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf16BeStrict = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public bool IsUtf8 => Kind == TextEncodingKind.Utf8;

    public string Name => Kind switch
    {
        TextEncodingKind.Utf16LittleEndian => "UTF-16LE",
        TextEncodingKind.Utf16BigEndian => "UTF-16BE",
        _ => "UTF-8",
    };

    /// <summary>Decodes invalid sequences as U+FFFD: for streams, where one bad byte must not stop the reading.</summary>
    public Encoding Lenient => Kind switch
    {
        TextEncodingKind.Utf16LittleEndian => Utf16LeLenient,
        TextEncodingKind.Utf16BigEndian => Utf16BeLenient,
        _ => Utf8Lenient,
    };

    /// <summary>Throws <see cref="DecoderFallbackException"/> on invalid sequences.</summary>
    public Encoding Strict => Kind switch
    {
        TextEncodingKind.Utf16LittleEndian => Utf16LeStrict,
        TextEncodingKind.Utf16BigEndian => Utf16BeStrict,
        _ => Utf8Strict,
    };
}
