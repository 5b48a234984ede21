namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>Every file below a folder with its bytes, to show a command left it exactly as it was.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), p => Convert.ToHexString(File.ReadAllBytes(p)), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    /// <summary>Copies a case folder (e.g. Cases/small) so a test may edit it.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Hidden staging or backup folders an interrupted swap could leave beside the output.</summary>
    public static IEnumerable<string> Leftovers(string parent) =>
        Directory.EnumerateDirectories(parent).Select(Path.GetFileName).OfType<string>().Where(n => n.Contains(".smbpol-", StringComparison.Ordinal));
}
