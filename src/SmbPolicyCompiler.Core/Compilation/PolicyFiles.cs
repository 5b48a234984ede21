namespace SmbPolicyCompiler.Core.Compilation;

/// <summary>Finds the policy files of a repository: *.yaml and *.yml below the root, hidden folders skipped, in ordinal order.</summary>
public static class PolicyFiles
{
    public static IReadOnlyList<string> Find(string root)
    {
        if (File.Exists(root))
        {
            return [root];
        }

        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var dir in Directory.EnumerateDirectories(folder))
            {
                if (!Path.GetFileName(dir).StartsWith('.'))
                {
                    pending.Push(dir);
                }
            }

            files.AddRange(Directory.EnumerateFiles(folder).Where(IsPolicyFile));
        }

        return files.OrderBy(f => Path.GetRelativePath(root, f).Replace('\\', '/'), StringComparer.Ordinal).ToList();
    }

    /// <summary>How a file is named in diagnostics: the root as the user gave it, then the relative path, with forward slashes.</summary>
    public static string DisplayPath(string root, string displayRoot, string file)
    {
        if (File.Exists(root))
        {
            return displayRoot.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, file);
        return Path.Combine(displayRoot, relative).Replace('\\', '/');
    }

    private static bool IsPolicyFile(string path)
    {
        var extension = Path.GetExtension(path);
        return (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
               && !Path.GetFileName(path).StartsWith('.');
    }
}
