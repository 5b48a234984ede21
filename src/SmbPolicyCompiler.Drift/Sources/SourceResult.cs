using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>What one source read: an observation per host, and notes on input it could not tie to any host.</summary>
public sealed record SourceResult(string Source, IReadOnlyList<HostObservation> Observations, IReadOnlyList<string> Notes)
{
    public static SourceResult Of(string source, IReadOnlyList<HostObservation> observations) => new(source, observations, []);
}
