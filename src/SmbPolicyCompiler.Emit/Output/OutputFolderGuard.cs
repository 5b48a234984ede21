using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Compile replaces the whole output folder, so it refuses a drive root, any folder that holds the policy itself, and a
/// folder holding any file that compile did not write (not in its <see cref="OutputManifest"/> with that hash).
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

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            CheckOnlyCompiledFiles(folder, full);
        }
    }

    private static void CheckOnlyCompiledFiles(string folder, string full)
    {
        var foreign = OutputManifest.ForeignFiles(full);
        if (foreign is null)
        {
            throw new OutputFolderException(
                $"--out '{folder}' is not empty and has no {OutputManifest.FileName} (the list of files compile wrote there); compile replaces the whole folder, so it will not touch it. Choose an empty or new folder, or delete this one.");
        }

        if (foreign.Count > 0)
        {
            var named = string.Join(", ", foreign.Take(10).Select(f => $"'{Escape.OneLine(f)}'")) + (foreign.Count > 10 ? $" and {foreign.Count - 10} more" : "");
            throw new OutputFolderException(
                $"--out '{folder}' holds {foreign.Count} file(s) that compile did not write or that changed since it wrote them: {named}. Compile replaces the whole folder, so it stops; move them elsewhere (or restore them, e.g. git checkout -- {folder}) and compile again.");
        }
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        return string.Equals(trimmed, folder, StringComparison.OrdinalIgnoreCase) ||
               trimmed.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
    }
}
