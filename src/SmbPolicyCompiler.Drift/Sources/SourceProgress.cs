namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reported as a source works through hosts or files. Reports may come from several threads: a display keeps the
/// highest <see cref="Completed"/> it has seen. <see cref="InFlight"/> names the hosts being read at that moment
/// (sources that read one at a time leave it empty); <see cref="Latest"/> is the last one finished, if any.
/// </summary>
public sealed record SourceProgress(string Source, int Completed, int Total, int Failed, string? Latest, IReadOnlyList<string>? InFlight = null);
