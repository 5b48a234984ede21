using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>The hosts a run checks: the policy's, with <c>--targets</c> entries setting addresses or adding hosts.</summary>
public static class DriftTargets
{
    /// <summary>
    /// Policy hosts in order, then extra hosts in the order given. An entry whose name (or address) names a policy host
    /// sets that host's address; any other entry adds a host the report will call "not in the policy".
    /// Throws <see cref="ArgumentException"/> when two entries name the same host.
    /// </summary>
    public static IReadOnlyList<DriftTarget> Resolve(ResolvedPolicy policy, IReadOnlyList<TargetSpec> specs)
    {
        var targets = DriftTarget.FromPolicy(policy).ToList();
        var index = targets.Select((t, i) => (Key: HostNames.Key(t.Name), i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var given = new Dictionary<string, TargetSpec>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var host = policy.Host(spec.HostName);
            var key = HostNames.Key(host?.Name ?? spec.HostName);
            if (given.TryGetValue(key, out var earlier))
            {
                throw new ArgumentException($"--targets names '{spec.HostName}' twice ({Describe(earlier)} and {Describe(spec)}); give each host one address");
            }

            given[key] = spec;
            var address = spec.Endpoint.ToString();
            if (index.TryGetValue(key, out var at))
            {
                targets[at] = targets[at] with { Address = address };
            }
            else
            {
                index[key] = targets.Count;
                targets.Add(new DriftTarget(host?.Name ?? spec.HostName, address, host));
            }
        }

        return targets;
    }

    private static string Describe(TargetSpec spec) => spec.Name is null ? spec.Endpoint.ToString() : $"{spec.Name}={spec.Endpoint}";
}
