using SmbPolicyCompiler.Core.Binding;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// A host to check: its name, the address to reach it ("name", "name:port", "10.0.0.5:445", "[::1]:445") and its
/// policy host (null for a --targets host the policy does not know).
/// </summary>
public sealed record DriftTarget(string Name, string Address, ResolvedHost? Host)
{
    /// <summary>Every policy host with a ring and something to check, addressed by DNS name when known.</summary>
    public static IReadOnlyList<DriftTarget> FromPolicy(ResolvedPolicy policy) =>
        policy.Hosts.Where(h => h.Ring is not null && h.Settings.Count > 0)
            .Select(h => new DriftTarget(h.Name, h.DnsName ?? h.Name, h))
            .ToList();
}
