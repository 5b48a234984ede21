namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A problem met while reading, with the file and the 1-based line (0 when the place is the whole file).</summary>
public sealed record ReadProblem(ReadProblemKind Kind, string File, long Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}({Line}): {Message}" : $"{File}: {Message}";
}
