using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>
/// A text stream opened once for everyone who reads one: the encoding sniffed by <see cref="TextEncodingSniffer"/>,
/// the first bytes after the byte-order mark (to recognise the format), and the content from there on as text or
/// as UTF-8 bytes (transcoded as it streams when the file is UTF-16). Nothing is read whole.
/// </summary>
public sealed class TextInput : IDisposable
{
    public const int DefaultHeadBytes = 8 * 1024;

    private readonly byte[] _head;
    private readonly int _headLength;

    private TextInput(Stream content, SniffedEncoding encoding, byte[] head, int headLength)
    {
        Content = content;
        Encoding = encoding;
        _head = head;
        _headLength = headLength;
    }

    public SniffedEncoding Encoding { get; }

    /// <summary>Up to the first kilobytes after the byte-order mark, as stored.</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(Encoding.BomLength, _headLength - Encoding.BomLength);

    /// <summary>The bytes after the byte-order mark, <see cref="Head"/> included; read it once, through one of the Open methods or directly.</summary>
    public Stream Content { get; }

    public bool IsEmpty => _headLength == Encoding.BomLength;

    /// <summary>Reads the first bytes of <paramref name="raw"/>, which then belongs to the result.</summary>
    public static TextInput Open(Stream raw, int headBytes = DefaultHeadBytes)
    {
        var head = new byte[Math.Max(headBytes, TextEncodingSniffer.HeadBytes)];
        var length = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = TextEncodingSniffer.Sniff(head.AsSpan(0, length));
        return new TextInput(new PrefixedStream(head, encoding.BomLength, length, raw), encoding, head, length);
    }

    /// <summary><see cref="Head"/> as text (a character cut at its end shows as U+FFFD).</summary>
    public string HeadText() => Encoding.Lenient.GetString(Head);

    public TextReader OpenText(int bufferSize = 64 * 1024) =>
        new StreamReader(Content, Encoding.Lenient, detectEncodingFromByteOrderMarks: false, bufferSize);

    public Stream OpenUtf8() => Encoding.IsUtf8
        ? Content
        : System.Text.Encoding.CreateTranscodingStream(Content, Encoding.Lenient, new UTF8Encoding(false), leaveOpen: false);

    public void Dispose() => Content.Dispose();
}
