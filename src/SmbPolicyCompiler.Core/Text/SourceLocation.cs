namespace SmbPolicyCompiler.Core.Text;

/// <summary>A place in a file: 1-based line and column. Line 0 means "the file as a whole".</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{Path}({Line},{Column})" : Path;
}
