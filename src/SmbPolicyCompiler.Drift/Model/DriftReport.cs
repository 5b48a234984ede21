namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// All findings of a run, sorted by host, control, setting and source; each host's status; the sources used; and
/// notes on input that could not be tied to a host (a broken array file, a snapshot without a host name).
/// </summary>
public sealed record DriftReport(
    IReadOnlyList<DriftFinding> Findings,
    IReadOnlyList<HostResult> Hosts,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes,
    DateOnly AsOf)
{
    public int Count(DriftStatus status) => Findings.Count(f => f.Status == status);

    public int HostCount(DriftStatus status) => Hosts.Count(h => h.Status == status);

    /// <summary>Anything that differs from the policy.</summary>
    public bool HasDrift => Findings.Any(f => f.Status == DriftStatus.Drifted);

    /// <summary>Anything a source tried to read and could not, including input files that could not be read.</summary>
    public bool HasUnknown => Notes.Count > 0 || Findings.Any(f => f.Status == DriftStatus.Unknown);
}
