using System.Text;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>The text of a whole file: encoding by <see cref="TextEncodingSniffer"/>, bytes checked as <see cref="TextDecoding"/> says.</summary>
public sealed record DecodedText(string Text, string EncodingName)
{
    public static Encoding Ansi { get; } = CreateAnsi();

    /// <summary>As Windows tools read it (<see cref="TextDecoding.Windows"/>); null with <paramref name="problem"/> saying why the bytes are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string problem)
    {
        var decoded = Decode(bytes, TextDecoding.Windows, out var error);
        problem = error?.Message ?? "";
        return decoded;
    }

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, TextDecoding rules, out TextDecodingError? error)
    {
        error = null;
        var encoding = TextEncodingSniffer.Sniff(bytes);
        var body = bytes[encoding.BomLength..];
        if (!encoding.IsUtf8 && body.Length % 2 != 0)
        {
            error = new TextDecodingError(
                $"the file is {encoding.Name} but has an odd number of bytes ({body.Length} after the byte-order mark); it is truncated",
                bytes.Length - 1, encoding.Kind);
            return null;
        }

        if (!encoding.IsUtf8 && rules == TextDecoding.Windows)
        {
            return new DecodedText(encoding.Lenient.GetString(body), encoding.Name);
        }

        try
        {
            return new DecodedText(encoding.Strict.GetString(body), encoding.Name);
        }
        catch (DecoderFallbackException e)
        {
            if (encoding.IsUtf8 && encoding.BomLength == 0 && rules == TextDecoding.Windows)
            {
                return new DecodedText(Ansi.GetString(body), "Windows-1252");
            }

            var offset = encoding.BomLength + Math.Max(0, e.Index);
            error = new TextDecodingError(
                encoding.BomLength > 0 ? $"the file starts with a {encoding.Name} byte-order mark but is not valid {encoding.Name}" : $"the file is not valid {encoding.Name}",
                encoding.IsUtf8 ? offset : null, encoding.Kind);
            return null;
        }
    }

    private static Encoding CreateAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
