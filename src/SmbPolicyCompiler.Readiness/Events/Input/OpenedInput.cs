using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// An input after gzip and byte-order-mark handling (<see cref="TextInput"/>), with the format forced or detected by
/// <see cref="FormatSniffer"/> (null with a reason when it is not an event export, null without one when it is empty).
/// </summary>
internal sealed record OpenedInput(TextInput Input, bool Compressed, EventInputFormat? Format, string? NotEventReason) : IDisposable
{
    public bool IsEmpty => Format is null && NotEventReason is null;

    public TextReader OpenText() => Input.OpenText();

    /// <summary>The content as UTF-8 bytes (transcoded when the file is UTF-16), for Utf8JsonReader.</summary>
    public Stream OpenUtf8() => Input.OpenUtf8();

    public void Dispose() => Input.Dispose();
}
