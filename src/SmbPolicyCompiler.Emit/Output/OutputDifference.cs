namespace SmbPolicyCompiler.Emit.Output;

public enum DifferenceKind
{
    /// <summary>Compile would write the file; it is not on disk.</summary>
    Missing,

    /// <summary>The file on disk has other bytes.</summary>
    Differs,

    /// <summary>The file is on disk but compile would not write it (a removed ring, or a file someone added).</summary>
    Extra,
}

/// <summary>One way the output folder on disk differs from what compile would write.</summary>
public sealed record OutputDifference(string RelativePath, DifferenceKind Kind)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {RelativePath}";
}
