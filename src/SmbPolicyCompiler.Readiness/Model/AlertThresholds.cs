namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// The daily alert thresholds the report used: each ring's (its auditThresholds monitor threshold, the number the
/// SIEM daily alerts use) and, for servers in no ring, policy.monitors' — or one number for all when
/// <paramref name="FromOption"/> (--alert-threshold). <paramref name="OutsideRings"/> is null when the report covers one ring.
/// </summary>
public sealed record AlertThresholds(bool FromOption, IReadOnlyList<RingThreshold> Rings, int? OutsideRings);
