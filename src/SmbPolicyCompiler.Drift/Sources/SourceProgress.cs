namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reported as a source works through hosts or files. Reports may come from several threads: a display keeps the
/// highest <see cref="Completed"/> it has seen.
/// </summary>
public sealed record SourceProgress(string Source, int Completed, int Total, int Failed, string Latest);
