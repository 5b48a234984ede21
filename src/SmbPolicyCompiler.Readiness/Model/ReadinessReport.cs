namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The readiness report: per ring and control verdicts, the clients, the computers that logged, the daily alerts and what was read.</summary>
public sealed record ReadinessReport(
    string Policy,
    DateOnly AsOf,
    AlertThresholds AlertThresholds,
    string? RingFilter,
    InputSummary Input,
    IReadOnlyList<RingReadiness> Rings,
    IReadOnlyList<ClientSummary> Clients,
    IReadOnlyList<ComputerSummary> Computers,
    IReadOnlyList<ClientAlert> Alerts)
{
    public IEnumerable<ControlReadiness> Controls => Rings.SelectMany(r => r.Controls);

    /// <summary>True when a control with a gate is not ready (not ready or not enough data): exit code 1.</summary>
    public bool AnyGatedNotReady => Controls.Any(c => c.Gate.IsGated && c.Verdict != Verdict.Ready);
}
