using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Compile replaces the whole output folder, so it refuses a drive root, any folder that holds the policy itself, and a
/// folder holding any file that compile did not write (not in its <see cref="OutputManifest"/> with that hash).
/// </summary>
internal static class OutputFolderGuard
{
    /// <summary>The checks that need only the paths: not a root, not the policy's folder, not a file.</summary>
    public static void CheckTarget(string folder, string? policyRoot)
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
    }

    /// <summary>The target (full path <paramref name="full"/>) holds only files compile wrote, or that it is about to write (<paramref name="nextHashes"/>, by path).</summary>
    public static void CheckOnlyCompiledFiles(string folder, string full, IReadOnlyDictionary<string, string> nextHashes)
    {
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return;
        }

        var foreign = OutputManifest.ForeignFiles(full, nextHashes);
        if (foreign.Count > 0)
        {
            var named = string.Join(", ", foreign.Take(10).Select(f => $"'{Escape.OneLine(f)}'")) + (foreign.Count > 10 ? $" and {foreign.Count - 10} more" : "");
            throw new OutputFolderException(
                $"--out '{folder}' holds {foreign.Count} file(s) that compile did not write (not in its {OutputManifest.FileName} with that content) or that changed since: {named}. " +
                $"Compile replaces the whole folder, so it stops; move them elsewhere (or restore them, e.g. git checkout -- {folder}) and compile again. " +
                "If they are smbpol output from another version (say, after a git merge), delete the folder and compile again.");
        }
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        return string.Equals(trimmed, folder, StringComparison.OrdinalIgnoreCase) ||
               trimmed.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
    }
}
