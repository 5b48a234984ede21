namespace SmbPolicyCompiler.Formats.Input;

/// <summary>
/// The one rule for turning the paths a user gives into files to read:
/// <list type="bullet">
/// <item>a path that names a file is read, whatever its name, extension or attributes;</item>
/// <item>a folder is walked with its subfolders (linked ones too, each real folder once), files taken in ordinal order of
/// their path below it; hidden entries are skipped: names starting with a dot (.git, editor and Finder leftovers) and
/// entries with the Hidden or System attribute;</item>
/// <item>a folder that cannot be listed, the one given or one below it, is a problem that names it — never skipped silently;</item>
/// <item>a folder that yields no file, and a path that names nothing, are problems too;</item>
/// <item>a file reached twice is read once, where it was first reached.</item>
/// </list>
/// Whether a file can be opened is for its reader to find out and say.
/// </summary>
public static class InputFiles
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <param name="paths">Files and folders, in the order given.</param>
    /// <param name="accept">Which files found in folders to take, by path (e.g. by extension); all when null.</param>
    /// <param name="what">What the files are called when a folder holds none, e.g. ".json files".</param>
    public static InputFileList Expand(IEnumerable<string> paths, Func<string, bool>? accept = null, string what = "files")
    {
        var files = new List<InputFile>();
        var problems = new List<InputPathProblem>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(new InputFile(path, Path.GetFileName(path), null, GivenAsFile: true));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = Walk(path, accept ?? (_ => true), problems, files.Count);
                if (found.Count == 0 && !problems.Any(p => p.Path == path))
                {
                    problems.Add(new InputPathProblem(path, InputPathProblemKind.EmptyFolder, $"the folder contains no {what}", files.Count));
                }

                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f.Path))));
            }
            else
            {
                problems.Add(new InputPathProblem(path, InputPathProblemKind.Missing, "no such file or folder", files.Count));
            }
        }

        return new InputFileList(files, problems);
    }

    /// <summary>True for entries a folder walk skips: dot names, and the Hidden or System attribute.</summary>
    public static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0;

    private static List<InputFile> Walk(string root, Func<string, bool> accept, List<InputPathProblem> problems, int filesBefore)
    {
        var found = new List<InputFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Folder, string Relative)>();
        pending.Push((root, ""));
        while (pending.Count > 0)
        {
            var (folder, relative) = pending.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel).Where(e => !IsHidden(e)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new InputPathProblem(folder, InputPathProblemKind.Unlistable, $"the folder cannot be listed ({e.Message}); its files are not read", filesBefore));
                continue;
            }

            foreach (var entry in entries)
            {
                var below = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo)
                {
                    pending.Push((Path.Combine(folder, entry.Name), below));
                }
                else if (accept(entry.FullName))
                {
                    var subfolder = relative.Length == 0 ? null : relative[(relative.LastIndexOf('/') + 1)..];
                    found.Add(new InputFile(Path.Combine(folder, entry.Name), below, subfolder));
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Display, b.Display));
        return found;
    }

    private static string RealPath(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder);
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }
}
