namespace SmbPolicyCompiler.Emit;

/// <summary>What one ring compiled to: its folder and the Group Policy objects its import script creates.</summary>
public sealed record RingSummary(string Ring, string Folder, IReadOnlyList<string> GpoNames, int ExceptionGpos);

/// <summary>The compiled output: every file, sorted by path (ordinal), and a summary per ring.</summary>
public sealed record EmitResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<RingSummary> Rings, DateTime BackupTime)
{
    public int GpoCount => Rings.Sum(r => r.GpoNames.Count);
}
