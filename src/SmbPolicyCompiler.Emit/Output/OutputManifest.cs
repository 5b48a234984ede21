using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// The list of files compile wrote into an output folder, with their SHA-256, in <c>sha256sum</c> format (so
/// <c>sha256sum -c</c> checks it). Compile replaces a folder only when every file in it is listed here with its hash
/// (or is byte for byte what compile writes now): anything else (a .git folder, someone's notes, an edited file) was
/// not written by compile and is never deleted. The manifest is derived data: --check does not compare it.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = "smbpol-output.sha256";

    /// <summary>The manifest of the files whose SHA-256 (lower-case hex) is given by path: one line per file, sorted by path.</summary>
    public static byte[] Write(IReadOnlyDictionary<string, string> hashes)
    {
        var text = new StringBuilder();
        foreach (var (path, hash) in hashes.Where(f => f.Key != FileName).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(hash).Append("  ").Append(path).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// The files in <paramref name="folder"/> that compile may not remove (relative paths, sorted): listed neither in its
    /// manifest with their current hash, nor identical to what compile is about to write there (<paramref name="nextHashes"/>, by path),
    /// nor committed to git and unchanged (git gives them back) — the last two cover a generated/ folder after a git merge
    /// of two branches that both recompiled, whose manifest lists only one side.
    /// </summary>
    public static IReadOnlyList<string> ForeignFiles(string folder, IReadOnlyDictionary<string, string> nextHashes)
    {
        var manifest = Path.Combine(folder, FileName);
        var listed = File.Exists(manifest) ? Read(manifest) : [];
        var inGit = GitCleanFiles.In(folder);
        return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => (Full: p, Relative: Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => f.Relative != FileName && !inGit.Contains(f.Relative))
            .Where(f =>
            {
                var hash = HashOfFile(f.Full);
                return listed.GetValueOrDefault(f.Relative) != hash && nextHashes.GetValueOrDefault(f.Relative) != hash;
            })
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

    public static string Hash(byte[] content) => HashText(SHA256.HashData(content));

    /// <summary>The hash of a file on disk, read a buffer at a time: an earlier compile's lookup files are tens of MB.</summary>
    public static string HashOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return HashText(SHA256.HashData(stream));
    }

    /// <summary>A SHA-256 as the manifest writes it.</summary>
    public static string HashText(byte[] sha256) => Convert.ToHexString(sha256).ToLower(CultureInfo.InvariantCulture);
}
