namespace SmbPolicyCompiler.Readiness;

/// <summary>
/// What <see cref="PlanReadiness.Evaluate"/> found. <see cref="Smb1ClientsByServer"/> is keyed by policy host key
/// (lower-case short name; servers the policy does not name by their short name or address). <see cref="InputProblemDetails"/>
/// names the files and records behind <see cref="InputProblems"/>.
/// </summary>
public sealed record PlanReadinessResult(
    IReadOnlyList<PlanVerdict> Verdicts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Smb1ClientsByServer,
    IReadOnlyList<string> InputProblems,
    IReadOnlyList<string> InputProblemDetails)
{
    /// <summary>False when some input could not be read or attributed; a plan should say the verdicts may be incomplete.</summary>
    public bool InputComplete => InputProblems.Count == 0;

    public PlanVerdict? For(string ring, string control) =>
        Verdicts.FirstOrDefault(v => string.Equals(v.Ring, ring, StringComparison.OrdinalIgnoreCase) && v.Control == control);
}
