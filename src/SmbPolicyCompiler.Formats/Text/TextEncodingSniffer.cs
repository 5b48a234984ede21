namespace SmbPolicyCompiler.Formats.Text;

/// <summary>
/// The one rule for the encoding of a text file: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) says it; without one,
/// a NUL in the first two bytes is UTF-16 (every format read here starts with an ASCII character, which UTF-16 writes
/// beside a NUL — Windows PowerShell's Out-File and <c>&gt;</c> write UTF-16LE); anything else is UTF-8.
/// </summary>
internal static class TextEncodingSniffer
{
    /// <summary>How many bytes the rule looks at.</summary>
    public const int HeadBytes = 3;

    public static SniffedEncoding Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new(TextEncodingKind.Utf8, 3),
        [0xFF, 0xFE, ..] => new(TextEncodingKind.Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => new(TextEncodingKind.Utf16BigEndian, 2),
        [not 0, 0, ..] => new(TextEncodingKind.Utf16LittleEndian, 0),
        [0, not 0, ..] => new(TextEncodingKind.Utf16BigEndian, 0),
        _ => new(TextEncodingKind.Utf8, 0),
    };
}
