namespace SmbPolicyCompiler.Plan.Model;

public enum ReadinessState
{
    Ready,
    NotReady,
    NotEnoughData,
}

/// <summary>What the audit events say about one ring and control.</summary>
public sealed record RingReadiness(string Ring, string Control, ReadinessState State, IReadOnlyList<string> BlockingClients, string Summary);

/// <summary>
/// Readiness facts the plan weighs when events are given: per ring and control verdicts, and which clients used SMB1
/// against which server (event 3000), by server host key. <see cref="InputProblems"/> lists what could not be read, so a
/// plan never presents verdicts from incomplete input as complete; <see cref="InputProblemDetails"/> names the files and
/// records they speak of.
/// </summary>
public sealed record ReadinessEvidence(
    IReadOnlyList<RingReadiness> Verdicts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Smb1ClientsByServer,
    IReadOnlyList<string>? InputProblems = null,
    IReadOnlyList<string>? InputProblemDetails = null)
{
    public RingReadiness? For(string ring, string control) =>
        Verdicts.FirstOrDefault(v => string.Equals(v.Ring, ring, StringComparison.OrdinalIgnoreCase) && v.Control == control);
}
