using System.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// An input after gzip and byte-order-mark handling: the content stream starts after the BOM, the encoding is the
/// detected one, and the format is the forced or detected one (null with a reason when it is not an event export).
/// </summary>
internal sealed record OpenedInput(Stream Content, Encoding Encoding, bool Compressed, EventInputFormat? Format, string? NotEventReason) : IDisposable
{
    public bool IsEmpty => Format is null && NotEventReason is null;

    public TextReader OpenText() => new StreamReader(Content, Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);

    /// <summary>The content as UTF-8 bytes (transcoded when the file is UTF-16), for Utf8JsonReader.</summary>
    public Stream OpenUtf8() => Encoding.CodePage == Encoding.UTF8.CodePage
        ? Content
        : Encoding.CreateTranscodingStream(Content, Encoding, new UTF8Encoding(false), leaveOpen: false);

    public void Dispose() => Content.Dispose();
}
