namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Reported after each host finishes. Reports come from several threads, so a display should keep the
/// highest <see cref="Completed"/> it has seen rather than assume they arrive in order.
/// </summary>
public sealed record WireScanProgress(int Completed, int Total, int Failed, WireProbeResult Latest);
