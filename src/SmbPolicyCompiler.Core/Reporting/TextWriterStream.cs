using System.Text;
using SmbPolicyCompiler.Formats.Streams;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>A write-only stream that decodes UTF-8 bytes onto a TextWriter, so JSON can stream to any writer without a buffer the size of the report.</summary>
public sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    public override void Flush() => writer.Flush();
}
