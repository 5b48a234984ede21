using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>
/// A file's text exactly as <see cref="DecodedText.Decode(ReadOnlySpan{byte}, out string)"/> gives it, as a reader: a
/// file of valid UTF-8 (the usual case) is checked in one streaming pass and decoded as it is read, so neither its bytes
/// nor its text are ever held whole (a 200k-computer inventory is 57 MB of bytes and 114 MB of text); anything else
/// (UTF-16, invalid UTF-8 read as Windows-1252, or a file that is not text) goes through <see cref="DecodedText"/>.
/// </summary>
public static class DecodedTextFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The text of <paramref name="path"/>; null with <paramref name="problem"/> saying why the bytes are not text.</summary>
    public static TextReader? Open(string path, out string problem) => Open(path, ChunkBytes, out problem);

    internal static TextReader? Open(string path, int chunkBytes, out string problem)
    {
        problem = "";
        if (IsValidUtf8(path, chunkBytes, out var bomLength))
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, chunkBytes);
            stream.Seek(bomLength, SeekOrigin.Begin);
            return new StreamReader(stream, new SniffedEncoding(TextEncodingKind.Utf8, bomLength).Lenient, detectEncodingFromByteOrderMarks: false, chunkBytes);
        }

        return DecodedText.Decode(File.ReadAllBytes(path), out problem) is { } decoded ? new StringReader(decoded.Text) : null;
    }

    /// <summary>True when the file sniffs as UTF-8 and every byte after its byte-order mark decodes strictly.</summary>
    private static bool IsValidUtf8(string path, int chunkBytes, out int bomLength)
    {
        using var input = TextInput.Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, chunkBytes));
        bomLength = input.Encoding.BomLength;
        if (!input.Encoding.IsUtf8)
        {
            return false;
        }

        var decoder = input.Encoding.Strict.GetDecoder();
        var bytes = new byte[chunkBytes];
        var chars = new char[input.Encoding.Strict.GetMaxCharCount(chunkBytes)];
        try
        {
            int read;
            do
            {
                read = input.Content.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                decoder.GetChars(bytes, 0, read, chars, 0, flush: read < bytes.Length);
            }
            while (read == bytes.Length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return true;
    }
}
