namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Expands the given files and folders (recursively, hidden files skipped) into files in a stable order.</summary>
internal static class InputFiles
{
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    yield return (path, "the folder contains no files");
                }

                foreach (var file in files.Where(f => seen.Add(Path.GetFullPath(f))))
                {
                    yield return (file, null);
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    yield return (path, null);
                }
            }
            else
            {
                yield return (path, "no such file or folder");
            }
        }
    }
}
