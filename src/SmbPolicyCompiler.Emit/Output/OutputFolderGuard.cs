using SmbPolicyCompiler.Emit.Readme;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Compile replaces the whole output folder, so it refuses a folder that smbpol did not write (no generated
/// README.md marker), a drive root, and any folder that holds the policy itself.
/// </summary>
internal static class OutputFolderGuard
{
    public static void Check(string folder, string? policyRoot)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (Path.GetPathRoot(full) is { } root && string.Equals(Path.TrimEndingDirectorySeparator(root), full, StringComparison.OrdinalIgnoreCase))
        {
            throw new OutputFolderException($"--out '{folder}' is a drive or file-system root; compile replaces the whole output folder. Choose a folder such as 'generated'.");
        }

        if (policyRoot is not null && IsSameOrInside(Path.GetFullPath(policyRoot), full))
        {
            throw new OutputFolderException($"--out '{folder}' holds the policy '{policyRoot}'; compile replaces the whole output folder. Choose a separate folder such as 'generated'.");
        }

        if (File.Exists(full))
        {
            throw new OutputFolderException($"--out '{folder}' is a file; give a folder.");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !WrittenBySmbpol(full))
        {
            throw new OutputFolderException(
                $"--out '{folder}' is not empty and was not written by smbpol (its README.md does not start with the smbpol marker); compile replaces the whole folder, so it will not touch it. Choose an empty or new folder, or delete this one.");
        }
    }

    private static bool WrittenBySmbpol(string folder)
    {
        var readme = Path.Combine(folder, "README.md");
        if (!File.Exists(readme))
        {
            return false;
        }

        using var reader = new StreamReader(readme);
        return reader.ReadLine() == GeneratedReadme.Marker;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        return string.Equals(trimmed, folder, StringComparison.OrdinalIgnoreCase) ||
               trimmed.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
    }
}
