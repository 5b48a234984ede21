namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Puts compiled files on disk all or nothing: they are written to a staging folder beside the target, which is then
/// swapped in by renames. On any error the target is left as it was; files of removed rings disappear with the old folder.
/// </summary>
public static class OutputFolder
{
    /// <param name="policyRoot">The policy folder, which the output must not contain (it would be replaced).</param>
    /// <exception cref="OutputFolderException">The folder may not be replaced, or writing failed (the target is unchanged).</exception>
    public static void Replace(string folder, IReadOnlyList<GeneratedFile> files, string? policyRoot = null)
    {
        OutputFolderGuard.Check(folder, policyRoot);
        files = OutputManifest.With(files);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target) ?? throw new OutputFolderException($"--out '{folder}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.smbpol-new-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = file.FullPath(staging);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new OutputFolderException($"could not write the output ({error.Message}); '{folder}' was not changed.", error);
        }

        Swap(staging, target, folder);
    }

    /// <summary>How the folder on disk differs from <paramref name="files"/>: missing, different and extra files, by path.</summary>
    public static IReadOnlyList<OutputDifference> Compare(string folder, IReadOnlyList<GeneratedFile> files)
    {
        files = OutputManifest.With(files);
        var differences = new List<OutputDifference>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            expected.Add(file.RelativePath);
            var path = file.FullPath(folder);
            if (!File.Exists(path))
            {
                differences.Add(new OutputDifference(file.RelativePath, DifferenceKind.Missing));
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
            {
                differences.Add(new OutputDifference(file.RelativePath, DifferenceKind.Differs));
            }
        }

        if (Directory.Exists(folder))
        {
            differences.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => !expected.Contains(p))
                .Select(p => new OutputDifference(p, DifferenceKind.Extra)));
        }

        return differences.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static void Swap(string staging, string target, string folder)
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

    private static void TryDelete(string folder)
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
