namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>Expands files and folders given on the command line into files with a given extension, sorted.</summary>
public static class InputFiles
{
    /// <summary>Throws <see cref="SourceUnavailableException"/> when a path is neither a file nor a folder, or a folder cannot be listed.</summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths, string source, params string[] extensions)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new InputFile(path, Path.GetFileName(path), null));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(List(path, source, extensions));
            }
            else
            {
                throw new SourceUnavailableException($"{source}: '{path}' is neither a file nor a folder");
            }
        }

        return files.DistinctBy(f => Path.GetFullPath(f.Path)).OrderBy(f => f.Display, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<InputFile> List(string folder, string source, string[] extensions)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Select(f =>
                {
                    var relative = Path.GetRelativePath(folder, f);
                    var subfolder = Path.GetDirectoryName(relative);
                    return new InputFile(f, relative.Replace('\\', '/'), string.IsNullOrEmpty(subfolder) ? null : subfolder.Split(Path.DirectorySeparatorChar)[^1]);
                })
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceUnavailableException($"{source}: cannot list '{folder}': {e.Message}");
        }
    }
}
