namespace SmbPolicyCompiler.Formats.Input;

/// <summary>
/// A path given that yields no file to read, and why, in words that can follow "path: ". <paramref name="FilesBefore"/>
/// places it among the files, for reports that list both in the order the paths were given.
/// </summary>
public sealed record InputPathProblem(string Path, InputPathProblemKind Kind, string Reason, int FilesBefore)
{
    public override string ToString() => $"{Path}: {Reason}";
}
