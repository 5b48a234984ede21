using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Emit;

/// <summary>What one ring compiled to: its folder and the Group Policy objects its import script creates.</summary>
public sealed record RingSummary(string Ring, string Folder, IReadOnlyList<string> GpoNames, int ExceptionGpos);

/// <summary>
/// The compiled output: every file, sorted by path (ordinal), and a summary per ring; or, when a value of the policy
/// cannot be written to some output, the diagnostics that say which and where, and no file at all. When the files went
/// to a sink as they were produced, <see cref="Files"/> is empty and <see cref="FileCount"/> says how many there were.
/// </summary>
public sealed record EmitResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<RingSummary> Rings, DateTime BackupTime, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int FileCount { get; init; }

    public int GpoCount => Rings.Sum(r => r.GpoNames.Count);

    public bool HasErrors => Diagnostics.Count > 0;

    public static EmitResult Failed(DateTime backupTime, IEnumerable<Diagnostic> diagnostics) => new([], [], backupTime, DiagnosticBag.Sort(diagnostics));
}
