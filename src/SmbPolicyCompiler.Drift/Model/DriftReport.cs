namespace SmbPolicyCompiler.Drift.Model;

/// <summary>All findings of a run, sorted by host, control, setting and source, with the sources used.</summary>
public sealed record DriftReport(IReadOnlyList<DriftFinding> Findings, IReadOnlyList<string> Sources, DateOnly AsOf)
{
    public int Count(DriftStatus status) => Findings.Count(f => f.Status == status);

    public IReadOnlyList<string> Hosts => Findings.Select(f => f.Host).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A host's status: drifted if any finding drifted, unknown if none could be read, else compliant.</summary>
    public DriftStatus StatusOf(string host)
    {
        var findings = Findings.Where(f => string.Equals(f.Host, host, StringComparison.OrdinalIgnoreCase)).ToList();
        return findings.Any(f => f.Status == DriftStatus.Drifted) ? DriftStatus.Drifted
            : findings.All(f => f.Status == DriftStatus.Unknown) ? DriftStatus.Unknown
            : findings.Any(f => f.Status == DriftStatus.Unknown) ? DriftStatus.Unknown
            : DriftStatus.Compliant;
    }
}
