using System.Text;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>
/// Writes a report file all or nothing: into a temporary file beside it, then renamed over it, so a failed run never
/// leaves a half report that looks complete, and an earlier report stays as it was. Missing folders of the path are
/// created. UTF-8 without BOM, LF line ends.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"could not write the report to {path}: {e.Message}", e);
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
