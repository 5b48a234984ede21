namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>Expands files and folders given on the command line into files with a given extension, sorted.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, string source, params string[] extensions)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))));
            }
            else
            {
                throw new SourceUnavailableException($"{source}: '{path}' is neither a file nor a folder");
            }
        }

        return files.Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
