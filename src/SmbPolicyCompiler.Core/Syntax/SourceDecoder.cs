using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>Reads a policy file's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM, within a size limit.</summary>
public static class SourceDecoder
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
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeStrict(new UnicodeEncoding(false, false, true), bytes, 2, displayPath, diagnostics);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeStrict(new UnicodeEncoding(true, false, true), bytes, 2, displayPath, diagnostics);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return DecodeStrict(new UTF8Encoding(false, true), bytes, start, displayPath, diagnostics);
    }

    private static string? DecodeStrict(Encoding encoding, byte[] bytes, int start, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = encoding is UTF8Encoding ? TextPosition.OfByte(bytes, offset) : (0, 0);
            diagnostics.Add(PolicyDiagnostics.NotUtf8(new SourceLocation(displayPath, line, column)));
            return null;
        }
    }
}
