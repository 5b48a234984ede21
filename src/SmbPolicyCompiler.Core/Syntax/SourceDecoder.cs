using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>Reads a policy file's bytes into text, within a size limit: valid UTF-8 or UTF-16 only (<see cref="TextDecoding.Strict"/>).</summary>
internal static class SourceDecoder
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Add(PolicyDiagnostics.TooLarge(displayPath, length, MaxFileBytes));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(PolicyDiagnostics.Unreadable(displayPath, e.Message));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (DecodedText.Decode(bytes, TextDecoding.Strict, out var error) is { } decoded)
        {
            return decoded.Text;
        }

        var (line, column) = error!.ByteOffset is { } offset && error.Encoding == TextEncodingKind.Utf8 ? TextPosition.OfByte(bytes, offset) : (0, 0);
        diagnostics.Add(PolicyDiagnostics.NotUtf8(new SourceLocation(displayPath, line, column)));
        return null;
    }
}
