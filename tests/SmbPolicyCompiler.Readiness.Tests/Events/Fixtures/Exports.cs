using System.IO.Compression;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>Encodes an export as a file would hold it: UTF-8 with or without BOM, UTF-16 LE/BE, optionally gzip.</summary>
internal static class Exports
{
    public static readonly TimeZoneInfo Plus2 = TimeZoneInfo.CreateCustomTimeZone("Test+02", TimeSpan.FromHours(2), "Test+02", "Test+02");

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf8" => new UTF8Encoding(false).GetBytes(text),
        "utf8bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf16le-nobom" => Encoding.Unicode.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "unknown encoding"),
    };

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static DateTime ToPlus2(DateTime utc) => utc.AddHours(2);
}
