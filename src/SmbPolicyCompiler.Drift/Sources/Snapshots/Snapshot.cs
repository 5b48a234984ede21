using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>What one collector snapshot says about its computer.</summary>
internal sealed record Snapshot(
    string HostName,
    string? DnsName,
    DateTimeOffset? CollectedAt,
    int? Build,
    IReadOnlyDictionary<string, ObservedValue>? ServerConfiguration,
    IReadOnlyDictionary<string, ObservedValue>? ClientConfiguration,
    ObservedRegistry Registry);
