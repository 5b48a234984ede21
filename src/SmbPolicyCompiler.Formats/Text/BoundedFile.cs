namespace SmbPolicyCompiler.Formats.Text;

/// <summary>Reads a whole input file, refusing ones too large to be what they claim to be.</summary>
internal static class BoundedFile
{
    public const long MaxBytes = 64L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path, string formatName)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new IOException(
                $"{path}: the file is {length} bytes; a {formatName} larger than {MaxBytes / (1024 * 1024)} MiB is not read (is it the right file?).");
        }

        return File.ReadAllBytes(path);
    }
}
