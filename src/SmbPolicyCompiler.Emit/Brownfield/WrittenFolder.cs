using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>
/// A folder <c>import gpo</c> or <c>init</c> writes into: refused when it holds any file that does not start with one
/// of their markers (a user's file is never overwritten); each file written whole (temporary file, then moved over).
/// </summary>
internal static class WrittenFolder
{
    public static Diagnostic? Check(string folder, IReadOnlyCollection<string> markers)
    {
        if (!Directory.Exists(folder))
        {
            return File.Exists(folder) ? ImportDiagnostics.ForeignFiles(folder, folder) : null;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var first = reader.ReadLine() ?? "";
            if (!markers.Any(m => first.StartsWith(m, StringComparison.Ordinal)))
            {
                return ImportDiagnostics.ForeignFiles(folder, file);
            }
        }

        return null;
    }

    /// <summary>Writes each file (relative path → text) whole; creates folders as needed.</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (relative, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".smbpol-tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
