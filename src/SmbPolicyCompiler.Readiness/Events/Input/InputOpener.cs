using System.IO.Compression;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Opens an input: gzip by magic bytes, encoding by BOM or by the NUL pattern of UTF-16, format by content.</summary>
internal static class InputOpener
{
    private const int SniffBytes = 8 * 1024;

    public static OpenedInput Open(Stream raw, EventInputFormat forced)
    {
        var magic = new byte[2];
        var magicLength = ReadFully(raw, magic);
        var compressed = magicLength == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        Stream content = new PrefixedStream(magic, 0, magicLength, raw);
        if (compressed)
        {
            content = new GZipStream(content, CompressionMode.Decompress);
        }

        var prefix = new byte[SniffBytes];
        var length = ReadFully(content, prefix);
        var (encoding, bomLength) = DetectEncoding(prefix.AsSpan(0, length));
        var body = new PrefixedStream(prefix, bomLength, length, content);
        if (forced != EventInputFormat.Auto)
        {
            return new OpenedInput(body, encoding, compressed, forced, null);
        }

        var (format, reason) = FormatSniffer.Detect(prefix.AsSpan(0, length), bomLength, encoding);
        return new OpenedInput(body, encoding, compressed, format, reason);
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        if (prefix.Length >= 4 && prefix[0] != 0 && prefix[1] == 0 && prefix[2] != 0 && prefix[3] == 0)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0);
        }

        if (prefix.Length >= 4 && prefix[0] == 0 && prefix[1] != 0 && prefix[2] == 0 && prefix[3] != 0)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0);
        }

        return (new UTF8Encoding(false), 0);
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }
}
