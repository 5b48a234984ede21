using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// The list of files compile wrote into an output folder, with their SHA-256, in <c>sha256sum</c> format (so
/// <c>sha256sum -c</c> checks it). Compile replaces a folder only when every file in it is listed here with its hash:
/// anything else (a .git folder, someone's notes, an edited file) was not written by compile and is never deleted.
/// </summary>
public static class OutputManifest
{
    public const string FileName = "smbpol-output.sha256";

    /// <summary><paramref name="files"/> plus the manifest that lists them.</summary>
    public static IReadOnlyList<GeneratedFile> With(IReadOnlyList<GeneratedFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files.Where(f => f.RelativePath != FileName).OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            text.Append(Hash(file.Content)).Append("  ").Append(file.RelativePath).Append('\n');
        }

        return [.. files.Where(f => f.RelativePath != FileName), new GeneratedFile(FileName, Encoding.UTF8.GetBytes(text.ToString()))];
    }

    /// <summary>
    /// The files in <paramref name="folder"/> that compile may not remove: not listed in its manifest, or changed
    /// since (relative paths, sorted). Null when the folder has no manifest.
    /// </summary>
    public static IReadOnlyList<string>? ForeignFiles(string folder)
    {
        var manifest = Path.Combine(folder, FileName);
        if (!File.Exists(manifest))
        {
            return null;
        }

        var listed = Read(manifest);
        return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => (Full: p, Relative: Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => f.Relative != FileName)
            .Where(f => !listed.TryGetValue(f.Relative, out var hash) || hash != Hash(File.ReadAllBytes(f.Full)))
            .Select(f => f.Relative)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, string> Read(string manifest)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(manifest))
        {
            var split = line.IndexOf("  ", StringComparison.Ordinal);
            if (split == 64)
            {
                listed[line[(split + 2)..]] = line[..split];
            }
        }

        return listed;
    }

    private static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLower(CultureInfo.InvariantCulture);
}
