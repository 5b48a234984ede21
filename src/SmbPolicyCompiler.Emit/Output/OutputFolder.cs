namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Puts compiled files on disk all or nothing: they are written to a staging folder beside the target, which is then
/// swapped in by renames. On any error the target is left as it was; files of removed rings disappear with the old folder.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Starts replacing <paramref name="folder"/>: add the files to the result (each is written as it comes), then commit.
    /// </summary>
    /// <param name="policyRoot">The policy folder, which the output must not contain (it would be replaced).</param>
    /// <exception cref="OutputFolderException">The folder may not be replaced.</exception>
    public static StagedOutput Stage(string folder, string? policyRoot = null)
    {
        OutputFolderGuard.CheckTarget(folder, policyRoot);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target) ?? throw new OutputFolderException($"--out '{folder}' has no parent folder.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.smbpol-new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"could not write the output ({error.Message}); '{folder}' was not changed.", error);
        }

        return new StagedOutput(folder, target, staging);
    }

    /// <summary>Replaces <paramref name="folder"/> with <paramref name="files"/> and their manifest, all or nothing.</summary>
    /// <param name="policyRoot">The policy folder, which the output must not contain (it would be replaced).</param>
    /// <exception cref="OutputFolderException">The folder may not be replaced, or writing failed (the target is unchanged).</exception>
    public static void Replace(string folder, IReadOnlyList<GeneratedFile> files, string? policyRoot = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var staged = Stage(folder, policyRoot);
        foreach (var file in files)
        {
            staged.Add(file);
        }

        staged.Commit();
    }

    /// <summary>How the folder on disk differs from <paramref name="files"/>: missing, different and extra files, by path (the manifest, derived from them, is not compared).</summary>
    public static IReadOnlyList<OutputDifference> Compare(string folder, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var comparison = new OutputComparison(folder);
        foreach (var file in files)
        {
            comparison.Add(file);
        }

        return comparison.Differences();
    }

    internal static void Swap(string staging, string target, string folder)
    {
        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.smbpol-old-{Guid.NewGuid():N}");
        var hadOld = Directory.Exists(target);
        try
        {
            if (hadOld)
            {
                Directory.Move(target, old);
            }

            Directory.Move(staging, target);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            if (hadOld && Directory.Exists(old) && !Directory.Exists(target))
            {
                Directory.Move(old, target);
            }

            TryDelete(staging);
            throw new OutputFolderException($"could not replace '{folder}' ({error.Message}; is a file in it open?); it was not changed.", error);
        }

        TryDelete(old);
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden staging folder beside the output is harmless; the output itself is consistent.
        }
    }
}
