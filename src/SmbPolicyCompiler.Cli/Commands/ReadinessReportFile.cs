using System.Text;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>Writes the report to --output atomically: a temporary file beside it, then a rename, so a failed run leaves no half report.</summary>
public static class ReadinessReportFile
{
    public static void Write(string path, ReadinessReport report, ReadinessFormat format)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                ReadinessOutput.Write(writer, report, format);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
