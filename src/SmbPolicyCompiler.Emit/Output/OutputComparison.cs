namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// Compares each file, as it is added, with the one in the folder on disk, keeping only the differences; then lists
/// the files on disk that nobody added. The manifest, derived from the files, is not compared. Files are compared by
/// SHA-256, each side read or written a buffer at a time: the SIEM host lookups of a large estate are tens of MB.
/// </summary>
public sealed class OutputComparison(string folder) : IGeneratedFileSink
{
    private readonly HashSet<string> _expected = new(StringComparer.Ordinal) { OutputManifest.FileName };
    private readonly List<OutputDifference> _differences = [];

    public void Add(GeneratedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _expected.Add(file.RelativePath);
        var path = file.FullPath(folder);
        if (!File.Exists(path))
        {
            _differences.Add(new OutputDifference(file.RelativePath, DifferenceKind.Missing));
        }
        else if (OutputManifest.HashOfFile(path) != OutputManifest.HashText(file.WriteTo(Stream.Null)))
        {
            _differences.Add(new OutputDifference(file.RelativePath, DifferenceKind.Differs));
        }
    }

    /// <summary>Missing, different and extra files, by path.</summary>
    public IReadOnlyList<OutputDifference> Differences()
    {
        var extra = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => !_expected.Contains(p))
                .Select(p => new OutputDifference(p, DifferenceKind.Extra))
            : [];
        return _differences.Concat(extra).OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
    }
}
