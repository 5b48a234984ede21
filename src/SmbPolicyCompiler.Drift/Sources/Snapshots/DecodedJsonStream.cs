using System.Text;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// Opens a JSON file as UTF-8 whatever PowerShell wrote: UTF-8 with or without a BOM, or UTF-16 (Windows PowerShell
/// 5.1's <c>&gt;</c> and Out-File write UTF-16LE with a BOM), transcoded as it streams.
/// </summary>
internal static class DecodedJsonStream
{
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            Span<byte> head = stackalloc byte[3];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var (encoding, skip) = Detect(head[..read]);
            file.Position = skip;
            return encoding is null ? file : Encoding.CreateTranscodingStream(file, encoding, Encoding.UTF8, leaveOpen: false);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static (Encoding? Encoding, int Skip) Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [not 0, 0, ..] => (Encoding.Unicode, 0),
        [0, not 0, ..] => (Encoding.BigEndianUnicode, 0),
        _ => (null, 0),
    };
}
