using System.IO.Compression;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Opens an input: gzip by its magic bytes, then the text encoding (<see cref="TextInput"/>), then the format (<see cref="FormatSniffer"/>).</summary>
internal static class InputOpener
{
    public static OpenedInput Open(Stream raw, EventInputFormat forced)
    {
        var magic = new byte[2];
        var magicLength = raw.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        var compressed = magicLength == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        Stream content = new PrefixedStream(magic, 0, magicLength, raw);
        if (compressed)
        {
            content = new GZipStream(content, CompressionMode.Decompress);
        }

        var input = TextInput.Open(content);
        if (forced != EventInputFormat.Auto)
        {
            return new OpenedInput(input, compressed, forced, null);
        }

        var (format, reason) = FormatSniffer.Detect(input);
        return new OpenedInput(input, compressed, format, reason);
    }
}
