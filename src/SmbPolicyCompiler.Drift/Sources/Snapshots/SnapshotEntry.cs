using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>One snapshot read (or failed) for a host, with where it came from, before duplicates are resolved.</summary>
internal sealed record SnapshotEntry(string Host, string? DnsName, string Origin, HostObservation Observation);
