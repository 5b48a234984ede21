using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>A snapshot file as UTF-8 bytes, whatever PowerShell wrote (UTF-8 with or without BOM, UTF-16), within a size limit.</summary>
internal static class SnapshotFileBytes
{
    /// <summary>A collector snapshot is a few KB; an estate-wide array of them tens of MB.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static byte[] ReadUtf8(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        var length = file.Length;
        if (length > MaxBytes)
        {
            file.Dispose();
            throw new IOException($"the file is {length / (1024 * 1024)} MiB; a snapshot file larger than {MaxBytes / (1024 * 1024)} MiB is not read (is it a collector file?)");
        }

        using var input = TextInput.Open(file);
        using var utf8 = new MemoryStream((int)length);
        input.OpenUtf8().CopyTo(utf8);
        var bytes = utf8.ToArray();
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new InvalidDataException(NotUtf8(bytes));
        }

        return bytes;
    }

    /// <summary>Where the first byte that is not UTF-8 is (JSON text must be; System.Text.Json would fail on it later, value by value).</summary>
    private static string NotUtf8(ReadOnlySpan<byte> bytes)
    {
        var (offset, line, lineStart) = (0, 1, 0);
        while (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            if (bytes[offset] == (byte)'\n')
            {
                (line, lineStart) = (line + 1, offset + 1);
            }

            offset += length;
        }

        return $"line {line}, column {offset - lineStart + 1}: the text is not valid UTF-8; save the file as UTF-8 (or UTF-16, as Windows PowerShell does)";
    }
}
