namespace SmbPolicyCompiler.Emit;

/// <summary>One output file, in memory: its path below the output folder (forward slashes) and its exact bytes.</summary>
public sealed record GeneratedFile(string RelativePath, byte[] Content)
{
    /// <summary>The path with the platform's separator, for writing below <paramref name="root"/>.</summary>
    public string FullPath(string root) => Path.Combine(root, RelativePath.Replace('/', Path.DirectorySeparatorChar));
}
