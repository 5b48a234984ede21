using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Formats.Tests.Support;

/// <summary>The real GPMC backups under tests/corpus/gpo-backups (see SOURCES.md there for origin and licences).</summary>
public static class Corpus
{
    public static string GpoBackups => RepoPaths.Tests("corpus", "gpo-backups");

    /// <summary>Every file with this name (ignoring case), as paths relative to <see cref="GpoBackups"/>, sorted.</summary>
    public static IReadOnlyList<string> Files(string fileName)
    {
        if (!Directory.Exists(GpoBackups))
        {
            throw new DirectoryNotFoundException($"The GPO corpus is missing: {GpoBackups}. It is part of the repository: restore tests/corpus from git.");
        }

        return Directory.EnumerateFiles(GpoBackups, "*", SearchOption.AllDirectories)
            .Where(p => string.Equals(Path.GetFileName(p), fileName, StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetRelativePath(GpoBackups, p))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static TheoryData<string> TheoryData(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var file in Files(fileName))
        {
            data.Add(file);
        }

        return data;
    }

    public static string FullPath(string relative) => Path.Combine(GpoBackups, relative);
}
