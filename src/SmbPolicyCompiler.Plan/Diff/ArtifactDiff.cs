using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>Generated files added, removed or modified between two compilations (compared byte for byte).</summary>
internal static class ArtifactDiff
{
    public static IReadOnlyList<ArtifactChange> Compute(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after)
    {
        var changes = new List<ArtifactChange>();
        foreach (var (path, bytes) in after)
        {
            if (!before.TryGetValue(path, out var old))
            {
                changes.Add(new ArtifactChange(ArtifactChangeKind.Added, path, ArtifactChange.Classify(path)));
            }
            else if (!old.AsSpan().SequenceEqual(bytes))
            {
                changes.Add(new ArtifactChange(ArtifactChangeKind.Modified, path, ArtifactChange.Classify(path)));
            }
        }

        changes.AddRange(before.Keys.Where(p => !after.ContainsKey(p)).Select(p => new ArtifactChange(ArtifactChangeKind.Removed, p, ArtifactChange.Classify(p))));
        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }
}
