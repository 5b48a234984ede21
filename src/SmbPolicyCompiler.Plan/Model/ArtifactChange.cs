namespace SmbPolicyCompiler.Plan.Model;

public enum ArtifactChangeKind
{
    Added,
    Removed,
    Modified,
}

/// <summary>A generated file that differs between the two versions (compiled in memory).</summary>
public sealed record ArtifactChange(ArtifactChangeKind Kind, string Path);
