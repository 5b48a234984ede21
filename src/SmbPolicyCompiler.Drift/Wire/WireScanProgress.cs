namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Reported when a host starts and after it finishes (<see cref="Finished"/>: its position in the scanned list).
/// <see cref="InFlight"/> holds the positions of the hosts being probed at that moment. Reports come from several
/// threads, so a display should keep the highest <see cref="Completed"/> it has seen rather than assume they arrive in order.
/// </summary>
internal sealed record WireScanProgress(int Completed, int Total, int Failed, int? Finished, IReadOnlyList<int> InFlight);
