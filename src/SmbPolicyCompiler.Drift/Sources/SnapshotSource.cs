using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources.Snapshots;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reads the JSON that generated/Collect-SmbState.ps1 writes (schemas/collector.schema.json): a folder of files (one
/// per server), files holding an array of snapshots or several appended, from Windows PowerShell 5.1 or PowerShell 7,
/// UTF-8 or UTF-16 (<see cref="SnapshotJsonValues"/>, files up to 256 MiB). A snapshot is matched to a policy host by DNS name, then by
/// name. Bad input never stops the run: a broken snapshot makes its host unknown with the reason, and two snapshots of
/// one host make it unknown naming both.
/// </summary>
public sealed class SnapshotSource(IReadOnlyList<string> paths) : ILiveStateSource
{
    public string Name => "snapshot";

    public Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation)
    {
        var files = DriftInputs.Expand(paths, Name, ".json");
        var names = new TargetNames(targets);
        var entries = new List<SnapshotEntry>();
        var notes = new List<string>();
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (entry, note) in SnapshotFileReader.Read(files[i], Name, cancellation))
            {
                if (entry is not null)
                {
                    entries.Add(names.IsTarget(names.Match(entry.Host, entry.DnsName)) ? entry : Identity(entry));
                    failed += entry.Observation.Unreadable is null ? 0 : 1;
                }

                if (note is not null)
                {
                    notes.Add(note);
                }
            }

            progress?.Report(new SourceProgress(Name, i + 1, files.Count, failed, files[i].Display));
        }

        var observations = entries
            .GroupBy(e => names.Match(e.Host, e.DnsName), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Count() == 1 ? g.Single().Observation with { Host = g.Key } : Duplicate(g.Key, g.ToList()))
            .ToList();
        return Task.FromResult(new SourceResult(Name, observations, notes));
    }

    /// <summary>A host that is not checked is only reported as read: its settings need not be kept.</summary>
    private static SnapshotEntry Identity(SnapshotEntry entry) => entry with
    {
        Observation = entry.Observation with { Registry = null, ServerConfiguration = null, ClientConfiguration = null },
    };

    private HostObservation Duplicate(string host, IReadOnlyList<SnapshotEntry> entries)
    {
        var origins = entries.Select(e => e.Origin).ToList();
        var which = string.Join("; ", entries.Select(e => e.Origin + (e.Observation.CollectedAt is { } at ? $" (collected {at:yyyy-MM-ddTHH:mm:ssZ})" : e.Observation.Unreadable is not null ? " (unreadable)" : "")));
        return HostObservation.Failed(host, $"{Name}:{string.Join("+", origins)}",
            $"{entries.Count} snapshots for this host: {which}; keep one per host (remove the stale one) so it is clear which is current");
    }
}
