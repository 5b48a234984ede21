using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>
/// The reports for people say each reason for "unknown" once: a reason shared by several unknown rows (a host no
/// source read, a snapshot that could not be parsed, a runtime missing for every host) is numbered and stated below the
/// table with how many settings on which hosts it covers, and those rows point at its number. One rule for every source;
/// a reason only one row has stays in its row. Machine-readable reports keep the reason on every finding.
/// </summary>
internal sealed class UnknownReasons
{
    private readonly Dictionary<string, int> _numbers;

    private UnknownReasons(IReadOnlyList<SharedReason> shared)
    {
        Shared = shared;
        _numbers = shared.ToDictionary(r => r.Detail, r => r.Number, StringComparer.Ordinal);
    }

    /// <summary>The reasons said once, numbered from 1 in the order their first row appears.</summary>
    public IReadOnlyList<SharedReason> Shared { get; }

    public static UnknownReasons Of(IEnumerable<DriftFinding> rows)
    {
        var shared = rows.Where(f => f.Status == DriftStatus.Unknown)
            .GroupBy(f => f.Detail, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .Select((g, i) => new SharedReason(i + 1, g.Key, g.Count(), g.Select(f => f.Host).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
        return new UnknownReasons(shared);
    }

    /// <summary>What the row's detail cell says: a pointer to the shared reason, or its own detail.</summary>
    public string DetailOf(DriftFinding finding) =>
        finding.Status == DriftStatus.Unknown && _numbers.TryGetValue(finding.Detail, out var number) ? $"see reason {number} below" : finding.Detail;

    public sealed record SharedReason(int Number, string Detail, int Settings, IReadOnlyList<string> Hosts)
    {
        /// <summary>"8 settings on FS-PAR-03", "56 settings on 7 hosts".</summary>
        public string Scope => $"{Settings} settings on {(Hosts.Count == 1 ? Hosts[0] : $"{Hosts.Count} hosts")}";
    }
}
